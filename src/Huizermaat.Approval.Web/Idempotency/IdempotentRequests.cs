using System.Security.Cryptography;
using System.Text;
using Huizermaat.Approval.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header of <c>POST /api/drafts</c>, its revisions and <c>/api/media</c>: a repeat of a
/// request with the same key (per user) and the same body answers with what the first made, however often it comes
/// and whether the first answer was lost to a dropped connection, a double click or a restart of the host. The key is
/// claimed in Table Storage before anything is changed (<see cref="IdempotencyStore"/>). A repeat that finds the first
/// still under way waits for it, up to <see cref="MaxWait"/>, then answers <c>409</c> with <c>Retry-After</c>; a
/// claim older than <see cref="Lease"/> belongs to a request that died with its host, and the repeat takes it over,
/// redoing the work with the same reservation (the same draft id and revision), so it is done once. The same key
/// with a different body is refused with <c>422</c>.
/// </summary>
public sealed class IdempotentRequests(IdempotencyStore store, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>How long a claim may stay "in progress" before a repeat takes it over: longer than a submission takes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>How long a repeat waits for the first request to finish before it answers <c>409</c>.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads the header: false when it is there but not a key (1 to 100 letters, digits, '-', '_', '.' or ':').</summary>
    public static bool TryReadKey(HttpRequest request, out string? key)
    {
        ArgumentNullException.ThrowIfNull(request);
        key = null;
        if (!request.Headers.TryGetValue(HeaderName, out var values))
        {
            return true;
        }

        key = values.Count == 1 ? values[0] : null;
        return key is { Length: > 0 and <= 100 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
    }

    /// <summary>The fingerprint of a request: its path and its body, hashed.</summary>
    public static string Fingerprint(string path, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path + "\n" + body)));

    public static IResult BadKey() => ApiError.BadRequest(
        $"The {HeaderName} header must be 1 to 100 letters, digits, '-', '_', '.' or ':'.",
        "Het bericht kon niet worden verstuurd. Laad de pagina opnieuw en probeer het nog eens.");

    /// <summary>The answer to a key used before for a different request.</summary>
    public static IResult MismatchAnswer() => Results.Json(
        new ApiError(
            $"This {HeaderName} was used before with a different request; a changed request needs a new key.",
            "Dit bericht is al eerder verstuurd, met een andere inhoud dan nu. Kijk bij Mijn berichten of het is aangekomen: pas het daar aan, of schrijf een nieuw bericht."),
        statusCode: StatusCodes.Status422UnprocessableEntity);

    /// <summary>The answer to a repeat whose first request is still under way.</summary>
    public static IResult InFlightAnswer(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = "2";
        return ApiError.Conflict(
            $"A request with this {HeaderName} is still being handled; send it again in a few seconds.",
            "Je bericht wordt nog verwerkt. Probeer het over een paar seconden opnieuw.");
    }

    /// <summary>
    /// Claims <paramref name="key"/> for this request, or finds what became of an earlier one with it.
    /// </summary>
    /// <param name="fingerprint">The request's fingerprint; null when it is only known after the body was read (an upload).</param>
    /// <param name="reserve">What the request will make (a new draft id, the next revision), called when the key is new.</param>
    public async Task<IdempotencyClaim> ClaimAsync(
        string userId, string key, string? fingerprint, Func<Task<(string? ResourceId, int? Revision)>> reserve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reserve);
        var deadline = time.GetUtcNow() + MaxWait;
        while (true)
        {
            var existing = await store.GetAsync(userId, key, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            if (existing is null)
            {
                var (resourceId, revision) = await reserve().ConfigureAwait(false);
                var claimed = new IdempotencyRecord(userId, key, fingerprint ?? string.Empty, Done: false, resourceId, revision, null, now, default);
                if (await store.TryAddAsync(claimed, cancellationToken).ConfigureAwait(false))
                {
                    return new IdempotencyClaim.Owned(claimed);
                }

                continue;
            }

            if (fingerprint is not null && existing.Fingerprint.Length > 0 && existing.Fingerprint != fingerprint)
            {
                return new IdempotencyClaim.Mismatch();
            }

            if (existing.Done)
            {
                return new IdempotencyClaim.Replay(existing);
            }

            if (now - existing.StartedAt >= Lease)
            {
                var taken = existing with { StartedAt = now };
                if (await store.TryReplaceAsync(taken, cancellationToken).ConfigureAwait(false))
                {
                    return new IdempotencyClaim.Owned(taken);
                }

                continue;
            }

            if (now >= deadline)
            {
                return new IdempotencyClaim.InFlight();
            }

            await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores what the owned request made.</summary>
    public Task CompleteAsync(IdempotencyRecord record) => store.CompleteAsync(record, CancellationToken.None);

    /// <summary>The owned request was refused before it changed anything: a repeat is handled as new.</summary>
    public Task ReleaseAsync(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return store.ReleaseAsync(record.UserId, record.Key, CancellationToken.None);
    }

    /// <summary>
    /// The owned request failed, perhaps half-way: the next repeat takes the claim over at once and finishes the work
    /// with the same reservation.
    /// </summary>
    public async Task AbandonAsync(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await store.GetAsync(record.UserId, record.Key, CancellationToken.None).ConfigureAwait(false) is { Done: false } current)
        {
            await store.TryReplaceAsync(current with { StartedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
