using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Reviews;

/// <summary>Te beoordelen: the drafts waiting for this manager, oldest first, and what they just decided.</summary>
public sealed record ReviewsModel(IReadOnlyList<ReviewItem> Waiting, string? Done, FormToken Form);

/// <param name="AskedAt">When the manager was asked (the oldest waits longest).</param>
/// <param name="Deadline">Until when they can answer.</param>
public sealed record ReviewItem(PostReview Post, DateTimeOffset AskedAt, DateTimeOffset Deadline);
