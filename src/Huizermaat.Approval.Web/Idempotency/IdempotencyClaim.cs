namespace Huizermaat.Approval.Web.Idempotency;

/// <summary>What <see cref="IdempotentRequests.ClaimAsync"/> found for a request with an <c>Idempotency-Key</c>.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>This request does the work, with the record's reservation; it completes or releases the key after.</summary>
    public sealed record Owned(IdempotencyRecord Record) : IdempotencyClaim;

    /// <summary>An earlier request with this key succeeded: answer with what it made.</summary>
    public sealed record Replay(IdempotencyRecord Record) : IdempotencyClaim;

    /// <summary>The key was used for a different request.</summary>
    public sealed record Mismatch : IdempotencyClaim;

    /// <summary>An earlier request with this key is still under way (longer than the repeat waits).</summary>
    public sealed record InFlight : IdempotencyClaim;
}
