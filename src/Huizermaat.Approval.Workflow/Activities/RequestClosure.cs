namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Sets every open request of a draft (and with <paramref name="IncludeAnswered"/>, every answer) of revision
/// <paramref name="Revision"/> or earlier to <paramref name="State"/>.
/// </summary>
public sealed record RequestClosure(string DraftId, int Revision, string State, bool IncludeAnswered);
