using System.Net;
using System.Text.Json;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A local host whose mail goes to SendGrid's Mail Send API, faked by WireMock.Net (<see cref="SendGrid"/>).</summary>
public sealed class SendGridApiHost : FlowHost
{
    public SendGridApiHost()
        : this(WireMockServer.Start())
    {
    }

    private SendGridApiHost(WireMockServer sendGrid)
        : base(new Dictionary<string, string?>
        {
            ["Auth:DevelopmentOperators:0"] = OperatorHost.OperatorEmail,
            ["SendGrid:ApiKey"] = "SG.test-key",
            ["SendGrid:FromEmail"] = "noreply@huizermaat.example",
            ["SendGrid:BaseUrl"] = sendGrid.Url,
            ["SendGrid:MaxRetries"] = "1",
            ["SendGrid:RetryDelay"] = "00:00:00.010",
        }) => SendGrid = sendGrid;

    public WireMockServer SendGrid { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SendGrid.Stop();
        SendGrid.Dispose();
    }
}

/// <summary>SendGrid refusing a workflow mail for good (4xx) reaches the operators' dashboard; retrying after the cause is fixed completes the step.</summary>
public sealed class SendGridRefusalTests(SendGridApiHost host) : IClassFixture<SendGridApiHost>
{
    private const string SendPath = "/v3/mail/send";
    private const string Refusal = "The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements";

    [Fact]
    public async Task A_mail_SendGrid_refuses_with_400_is_failed_work_in_Beheer_with_its_reason_and_retrying_after_the_fix_sends_it()
    {
        host.SendGrid.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"errors":[{"message":"{{Refusal}}","field":"from","help":null}]}"""));
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        var durable = host.App.Services.GetRequiredService<DurableTaskClient>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var failed = await durable.WaitForInstanceCompletionAsync(draftId, getInputsAndOutputs: false, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);

        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var failures = Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "failures");
        var row = failures[failures.IndexOf(draftId, StringComparison.Ordinal)..];
        Assert.Contains("SendGrid weigerde een e-mail", row, StringComparison.Ordinal);
        Assert.Contains("from: " + Refusal, WebUtility.HtmlDecode(row), StringComparison.Ordinal);

        var status = await author.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        Assert.Contains("Er ging iets mis bij het versturen van de e-mails voor dit bericht", status, StringComparison.Ordinal);

        host.SendGrid.Reset();
        host.SendGrid.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "m1"));
        using var retry = await PostAsync(admin, $"beheer/berichten/{draftId}/opnieuw");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);

        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        var sent = host.SendGrid.LogEntries
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement)
            .Where(m => m.GetProperty("custom_args").GetProperty("instance_id").GetString() == draftId)
            .Select(m => m.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString())
            .ToList();
        Assert.Contains(FlowPeople.ManagerEmail, sent);
        Assert.Contains(FlowPeople.ParentEmail, sent);
        Assert.DoesNotContain(draftId, Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "failures"), StringComparison.Ordinal);
        Assert.DoesNotContain("Er ging iets mis", await author.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative)), StringComparison.Ordinal);
    }

    /// <summary>Presses a Beheer button as a browser would: with the anti-forgery field a Beheer page holds, and its cookie.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action) =>
        await FlowClient.PostFormAsync(client, new Uri(action, UriKind.Relative), await client.GetStringAsync(new Uri("beheer/roster", UriKind.Relative)));

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no section {id}.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

}
