using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Links;

/// <summary>What an approval page shows: the post as the approver was asked about it, and what is asked of them.</summary>
/// <param name="PersonName">For consent: the person shown (null for the manager).</param>
/// <param name="Deadline">Until when the approver can answer.</param>
public sealed record LinkPageModel(
    string Token,
    LinkOutcome Outcome,
    LinkAudience Audience,
    string HolderName,
    string? PersonName,
    PostReview Post,
    DateTimeOffset? Deadline,
    FormToken Form)
{
    /// <summary>For a guardian: every guardian must consent (<c>Approval:ConsentFromAllGuardians</c>), not just one.</summary>
    public bool AllGuardiansMustAnswer { get; init; }

    /// <summary>After publication: the channels the post is online on, with since when and its address.</summary>
    public IReadOnlyList<ChannelView> Online { get; init; } = [];

    /// <summary>The holder pressed "Toestemming intrekken": ask them to confirm.</summary>
    public bool ConfirmWithdrawal { get; init; }

    public bool Formal => Audience == LinkAudience.Guardian;

    public bool ManagerStep => Audience == LinkAudience.Manager;
}

/// <summary>Who a link page speaks to.</summary>
public enum LinkAudience
{
    /// <summary>The author's manager (or deputy): approves the post.</summary>
    Manager,

    /// <summary>A parent or guardian of a pupil under 16: consents for them, addressed formally.</summary>
    Guardian,

    /// <summary>The person shown themself (a pupil of 16 or older, a member of staff): consents for themself.</summary>
    Self,
}
