namespace Huizermaat.Approval.Web.Admin;

/// <summary>One moment of a draft's history as Beheer tells it, in Dutch, people by name (<see cref="DraftHistory"/>).</summary>
/// <param name="Who">Who did it: a name, or what acted on its own ("Het systeem", "Het toestemmingsregister", "De e-maildienst").</param>
/// <param name="What">One sentence.</param>
/// <param name="Details">Further lines: findings, a comment, an address, an error.</param>
/// <param name="Kind">What sort of moment, for the page's marks: <c>submitted</c>, <c>check</c>, <c>mail</c>, <c>decision</c>, <c>stage</c>, <c>channel</c>, <c>operator</c>, <c>other</c>.</param>
/// <param name="Problem">Something went wrong here (a refusal, a failure, a mail not delivered).</param>
/// <param name="EntryId">The audit entry it tells (for the page's anchors; not shown).</param>
public sealed record HistoryLine(DateTimeOffset At, string Who, string What, IReadOnlyList<string> Details, string Kind, bool Problem, string EntryId);
