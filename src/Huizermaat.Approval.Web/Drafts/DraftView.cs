using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Mail;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>The body of <c>GET /api/drafts/{id}</c> (and the status page's model).</summary>
public sealed record DraftView(
    string Id,
    string State,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<ChannelView> Channels)
{
    public int Revision { get; init; }

    public string? Detail { get; init; }

    public string? Text { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The draft as last sent, in the shape <c>POST /api/drafts</c> takes (to revise it).</summary>
    public DraftContent? Draft { get; init; }

    /// <summary>
    /// When the retention rule deleted the text and media (the draft ended without staying online);
    /// <see cref="Text"/> and <see cref="Draft"/> are then null.
    /// </summary>
    public DateTimeOffset? ContentDeletedAt { get; init; }

    /// <summary>In Dutch: the workflow stopped on an error (its instance failed) and the operators are handling it.</summary>
    public string? Problem { get; init; }

    /// <summary>Mails of this draft that SendGrid reported bounced or dropped: their recipients never saw them.</summary>
    public IReadOnlyList<UndeliveredMailView> UndeliveredMails { get; init; } = [];

    /// <summary>In Dutch, for the author: where the draft stands and what happens next, naming people by name.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The author may send a new version of it (also after a rejection, expiry or refused consent).</summary>
    public bool Revisable { get; init; }

    /// <summary>The author may withdraw it (before publication).</summary>
    public bool Withdrawable { get; init; }

    /// <summary>The author may take it down (an official post that is online on at least one channel).</summary>
    public bool CanTakeDown { get; init; }

    /// <summary>When it goes online: the requested time while scheduled, null for as soon as approved.</summary>
    public DateTimeOffset? PublishAt { get; init; }
}

public sealed record DraftContent(
    string Text,
    string? Capacity,
    IReadOnlyList<string> Channels,
    bool AcknowledgedPermanence,
    IReadOnlyList<DraftContentMedia> Media,
    DateTimeOffset? PublishAt)
{
    /// <summary>The blocks the author contested in this version (the form carries them into the next).</summary>
    public IReadOnlyList<Contest> Contests { get; init; } = [];
}

/// <param name="People">The people shown, with their names.</param>
public sealed record DraftContentMedia(
    string Id,
    string Kind,
    string FileName,
    IReadOnlyList<RosterMatch> People,
    bool NoIdentifiablePeople,
    bool OwnWork,
    string? Creator,
    bool CreatorPermission);

/// <param name="Kind">"manager" or "consent".</param>
/// <param name="Person">For consent: the person shown; for the manager: the author.</param>
/// <param name="Holder">Who is asked.</param>
/// <param name="State">As recorded (<c>requested</c>, <c>approved</c>, …), or <see cref="WithdrawnState"/> for a consent the holder took back.</param>
public sealed record ApprovalView(string Kind, string Person, string Holder, string State)
{
    /// <summary>A consent given and then withdrawn by its holder.</summary>
    public const string WithdrawnState = "withdrawn";

    /// <summary>Until when the approver can answer.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public string? PersonName { get; init; }

    public string? HolderName { get; init; }

    public string? Comment { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}

/// <param name="State">"pending" before publication, then "published", "failed" or "taken-down".</param>
public sealed record ChannelView(string Channel, string State, Uri? Url)
{
    /// <summary>The network's name as people know it ("Facebook", "LinkedIn").</summary>
    public string Name => ChannelNames.Parse(Channel) is { } channel ? Language.DutchText.ChannelName(channel) : Channel;

    /// <summary>When the post went online (or was taken down, or failed).</summary>
    public DateTimeOffset? At { get; init; }
}
