namespace Huizermaat.Approval.Workflow.Activities;

public sealed record AuthorNotice(string DraftId, int Revision, string AuthorId, string Stage, string? Detail = null);
