using Azure;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>Reads what <see cref="DeploymentReadiness"/> reports; a storage failure is reported, not thrown.</summary>
public sealed class ReadinessReader(RosterStore roster, IOptions<SendGridOptions> sendGrid, IEnumerable<IPublisher> publishers, TestMailStore testMails)
{
    public async Task<DeploymentReadiness> ReadAsync(CancellationToken cancellationToken)
    {
        string? storageProblem = null;
        Roster? people = null;
        TestMailRecord? lastTestMail = null;
        try
        {
            people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
            lastTestMail = await testMails.LastAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            storageProblem = $"{e.Status} {e.ErrorCode}: {e.Message.Split('\n')[0]}";
        }

        var byChannel = new Dictionary<Channel, NetworkState>();
        foreach (var publisher in publishers)
        {
            // A network's own publisher replaces the development sink registered before it.
            byChannel[publisher.Channel] = publisher is DevelopmentPublisher ? NetworkState.DevelopmentSink : NetworkState.Connected;
        }

        var settings = sendGrid.Value;
        return new DeploymentReadiness(
            storageProblem,
            people?.People.Count(p => p.Kind == PersonKind.Staff) ?? 0,
            people?.People.Count(p => p.Kind == PersonKind.Pupil) ?? 0,
            settings.IsConfigured,
            settings.IsConfigured ? settings.FromEmail : null,
            !string.IsNullOrWhiteSpace(settings.WebhookVerificationKey),
            [.. Enum.GetValues<Channel>().Select(c => new NetworkReadiness(c, byChannel.GetValueOrDefault(c, NetworkState.NotConfigured)))],
            lastTestMail);
    }
}
