namespace Huizermaat.Approval.Web.Planning;

/// <summary>Planning: the weeks with posts, earliest first, and whose posts they are (everyone's for an operator).</summary>
/// <param name="Everyone">True for an operator, who sees every author's posts; an author sees only their own.</param>
public sealed record PlanningModel(IReadOnlyList<PlanningWeek> Weeks, bool Everyone);

/// <param name="Heading">"Week 12 · 16 – 22 maart 2026".</param>
public sealed record PlanningWeek(string Heading, IReadOnlyList<PlannedPost> Posts);

/// <summary>One post on the planning.</summary>
/// <param name="Opening">The start of its text.</param>
/// <param name="When">The publish time (scheduled) or the first channel's publication time (published).</param>
/// <param name="State"><c>scheduled</c>, <c>waiting</c> (a publish time, still awaiting approval) or <c>published</c>.</param>
/// <param name="StateName">The state in Dutch.</param>
/// <param name="Channels">The channels, in Dutch ("Instagram en Facebook").</param>
/// <param name="Href">Where the post's page is: Beheer's for an operator, the status page for its author.</param>
public sealed record PlannedPost(string DraftId, string Opening, DateTimeOffset When, string State, string StateName, string Channels, string AuthorName, string Href);
