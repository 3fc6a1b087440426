using Huizermaat.Approval.Web.Api;

namespace Huizermaat.Approval.Web.Links;

/// <summary>
/// A post as an approver is shown it: who wrote it, where and when it goes, the text, the media, and for the manager
/// the protocol check's findings and who is in each photo with whether their consent is in. A consent holder sees only
/// the media the person they answer for is in, and nobody else's name.
/// </summary>
/// <param name="Capacity">"Namens Huizermaat" or "Op persoonlijke titel".</param>
/// <param name="Channels">The networks by the names people know.</param>
/// <param name="Findings">For the manager: every finding, contested blocks marked; empty for a consent holder.</param>
public sealed record PostReview(
    string DraftId,
    string AuthorName,
    string? AuthorEmail,
    string Capacity,
    bool Personal,
    IReadOnlyList<string> Channels,
    DateTimeOffset? PublishAt,
    string Text,
    IReadOnlyList<ReviewMedia> Media,
    IReadOnlyList<FindingView> Findings);

/// <param name="Kind">In Dutch: "foto", "video", "geluidsopname".</param>
/// <param name="ThumbnailUrl">Null for media without a thumbnail (video, audio).</param>
/// <param name="People">For the manager: who is in it and whether their consent is in; empty for a consent holder.</param>
/// <param name="ShowsPerson">The person the consent is about appears in this item.</param>
public sealed record ReviewMedia(string FileName, string Kind, string? ThumbnailUrl, IReadOnlyList<ShownPerson> People, bool NoIdentifiablePeople, bool ShowsPerson);

/// <param name="Consent">In Dutch: "toestemming gegeven", "wacht op antwoord", "geen toestemming", …</param>
/// <param name="State">For the page's colour: <c>approved</c>, <c>requested</c>, <c>refused</c>, <c>none</c>.</param>
public sealed record ShownPerson(string Name, string Consent, string State);
