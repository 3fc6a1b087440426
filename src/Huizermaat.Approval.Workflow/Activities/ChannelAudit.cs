using System.Globalization;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>What the channel activities write to the audit trail: each publication, failure and takedown, per channel.</summary>
public static class ChannelAudit
{
    public const string PublishedAction = "channel:published";
    public const string FailedAction = "channel:failed";
    public const string TakenDownAction = "channel:taken-down";

    /// <param name="instanceId">
    /// The orchestration's instance: its id makes the entry's, so that a retried activity writes one line, while the approval
    /// and each operator's retry (another instance) write their own.
    /// </param>
    public static AuditEntry Entry(string action, string instanceId, int revision, Channel channel, DateTimeOffset at, Uri? url = null, string? error = null) =>
        new($"{action.Replace(':', '-')}-{instanceId}-{channel.ToName()}", at, AuditActors.System, action,
            $"{channel.ToName()} revision {revision}: {(object?)url ?? error ?? action}")
        {
            Facts = new Dictionary<string, string>
            {
                [AuditFacts.Channel] = channel.ToName(),
                [AuditFacts.Revision] = revision.ToString(CultureInfo.InvariantCulture),
                [AuditFacts.Url] = url?.ToString() ?? string.Empty,
                [AuditFacts.Error] = error ?? string.Empty,
            },
        };
}
