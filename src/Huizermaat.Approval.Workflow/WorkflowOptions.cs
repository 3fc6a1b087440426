namespace Huizermaat.Approval.Workflow;

/// <summary>Host settings of the workflow, bound from the <c>Workflow</c> configuration section.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>
    /// The public address links in mails point to (never taken from a request's Host header). Outside Development it
    /// must be set, https and not localhost (the infrastructure sets it to the app's address).
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:7071/");
}
