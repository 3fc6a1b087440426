namespace Huizermaat.Approval.Workflow;

/// <summary>Host settings of the workflow, bound from the <c>Workflow</c> configuration section.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>The public address links in mails point to (never taken from a request's Host header).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:7071/");

    /// <summary>The sender of every workflow mail.</summary>
    public string MailFrom { get; set; } = "communicatie@huizermaat.nl";
}
