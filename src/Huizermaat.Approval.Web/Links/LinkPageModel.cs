using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Links;

/// <summary>What an approval page shows: the post as the approver was asked about it, and what is asked of them.</summary>
public sealed record LinkPageModel(
    string Token,
    LinkOutcome Outcome,
    string HolderName,
    string AuthorName,
    bool ManagerStep,
    string? PersonName,
    string Text,
    IReadOnlyList<string> Channels,
    string Capacity,
    DateTimeOffset? PublishAt,
    IReadOnlyList<LinkMedia> Media,
    IReadOnlyList<FindingView> Findings,
    FormToken Form);

/// <param name="ThumbnailUrl">Null for media without a thumbnail (video, audio).</param>
/// <param name="ShowsPerson">The person this consent is about appears in this item.</param>
/// <param name="FaceMarked">The author pointed out the person's face, which the thumbnail frames.</param>
public sealed record LinkMedia(string FileName, string Kind, string? ThumbnailUrl, bool ShowsPerson, bool FaceMarked = false);
