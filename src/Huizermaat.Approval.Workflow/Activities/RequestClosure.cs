namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Sets every open request of a draft (and with <paramref name="IncludeAnswered"/>, every answer) to <paramref name="State"/>.</summary>
public sealed record RequestClosure(string DraftId, string State, bool IncludeAnswered);
