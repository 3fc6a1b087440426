namespace Huizermaat.Approval.Web.Links;

/// <summary>What an e-mail link's token allows now.</summary>
public enum LinkOutcome
{
    /// <summary>Not a token we issued (mistyped, forged, or from another installation).</summary>
    Unknown,

    /// <summary>The step's time ran out.</summary>
    Expired,

    /// <summary>The author revised the post after this link was sent: it asks about a version that no longer counts.</summary>
    Outdated,

    /// <summary>A newer link for the same step went to the same approver (a reminder): only that one works.</summary>
    Replaced,

    /// <summary>The link was used for its decision already.</summary>
    Used,

    /// <summary>The draft ended (rejected, withdrawn, …) before this approver answered.</summary>
    Closed,

    /// <summary>The approver may decide.</summary>
    Decide,

    /// <summary>A consent given through this link may be withdrawn.</summary>
    WithdrawConsent,

    /// <summary>The consent given through this link was withdrawn.</summary>
    ConsentWithdrawn,
}
