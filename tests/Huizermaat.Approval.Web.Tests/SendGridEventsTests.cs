using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>SendGrid's Signed Event Webhook on the real local host: bounces reach the author and Beheer once; unsigned or unreadable posts change nothing.</summary>
public sealed class SendGridEventsTests(SendGridHost host) : IClassFixture<SendGridHost>
{
    private const string Reason = "550 5.1.1 The email account that you tried to reach does not exist";

    [Fact]
    public async Task A_bounced_consent_request_is_shown_once_to_the_author_and_to_the_operators()
    {
        var draftId = await WaitingDraftAsync();
        // The manager's request is reported delivered within the second it was sent (SendGrid counts whole seconds).
        var sent = (await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None))
            .First(e => e.Action == WorkflowMail.SentAction && e.Facts.GetValueOrDefault(AuditFacts.Email) == FlowPeople.ManagerEmail).At;
        var bounce = SendGridHost.Bounce($"ev-{Guid.NewGuid():N}/x+y", draftId, StepIds.Consent(FlowPeople.PupilId), FlowPeople.ParentEmail, Reason, deliveredAt: sent);

        using var first = await host.PostEventsAsync(bounce);
        using var again = await host.PostEventsAsync(bounce); // SendGrid delivers at least once

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("recorded").GetInt32());

        const string sentence = "De e-mail aan Peter Bakker (toestemming voor Sanne Bakker) kon niet worden bezorgd (" + Reason + ").";
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var status = await author.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        Assert.Equal(1, Count(Section(status, "undelivered"), sentence));

        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var dashboard = Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "undelivered");
        Assert.Equal(1, Count(dashboard, $"data-draft=\"{draftId}\""));
        Assert.Contains("Peter Bakker (" + FlowPeople.ParentEmail + ")", dashboard, StringComparison.Ordinal);
        Assert.Contains(Reason, dashboard, StringComparison.Ordinal);
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Single(audit, e => e.Action == SendGridEventsHandler.BouncedAction && e.Detail!.Contains(FlowPeople.ParentEmail, StringComparison.Ordinal));
        var draftPage = await admin.GetStringAsync(new Uri($"beheer/berichten/{draftId}", UriKind.Relative));
        Assert.Contains(sentence, Section(draftPage, "undelivered"), StringComparison.Ordinal);
        // The history tells each report with the mail it is about: the manager's request delivered, the parent's bounced.
        var history = Section(draftPage, "audit");
        var managerMail = Regex.Match(history, @"<li class=""mail"" data-kind=""mail"">(?:(?!</li>\s*</ul>).)*verzoek om goedkeuring\.(?:(?!</ul>).)*</ul>", RegexOptions.Singleline).Value;
        Assert.Contains($"Aan Mark Jansen ({FlowPeople.ManagerEmail}).", managerMail, StringComparison.Ordinal);
        Assert.Contains("Bezorgd op ", managerMail, StringComparison.Ordinal);
        var parentMail = Regex.Match(history, @"<li class=""mail problem"" data-kind=""mail"">(?:(?!</ul>).)*</ul>", RegexOptions.Singleline).Value;
        Assert.Contains("E-mail verstuurd: verzoek om toestemming voor Sanne Bakker.", parentMail, StringComparison.Ordinal);
        Assert.Contains($"Aan Peter Bakker ({FlowPeople.ParentEmail}).", parentMail, StringComparison.Ordinal);
        Assert.Contains($"Niet bezorgd: de ontvangende server weigerde hem ({Reason}).", parentMail, StringComparison.Ordinal);

        var mailbox = JsonDocument.Parse(await author.GetStringAsync(new Uri("api/dev/mailbox", UriKind.Relative))).RootElement;
        var notice = Assert.Single(mailbox.EnumerateArray(), m => m.GetProperty("draftId").GetString() == draftId && m.GetProperty("to").GetString() == FlowPeople.AuthorEmail);
        Assert.Equal("Een e-mail over je bericht kon niet worden bezorgd", notice.GetProperty("subject").GetString());
        Assert.Contains("De e-mail aan Peter Bakker (toestemming voor Sanne Bakker) over je bericht kon niet worden bezorgd", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_signed_with_another_key_is_refused_with_403_and_records_nothing()
    {
        var draftId = await WaitingDraftAsync();
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var response = await host.PostEventsAsync(SendGridHost.Bounce("forged", draftId, "manager", FlowPeople.ManagerEmail, Reason), forger);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("does not match SendGrid's verification key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await host.App.Services.GetRequiredService<UndeliveredMailStore>().ListAsync(draftId, CancellationToken.None));
    }

    [Fact]
    public async Task A_post_without_signature_headers_is_refused_with_403()
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        using var response = await client.PostAsync(new Uri("api/mail/events", UriKind.Relative), new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("X-Twilio-Email-Event-Webhook-Signature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"event":"bounce"}""")]
    [InlineData("""[{"event":"bounce",""")]
    public async Task A_signed_body_that_is_not_SendGrids_event_list_is_refused_with_400(string body)
    {
        using var response = await host.PostEventsAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The event post is not", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> WaitingDraftAsync()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        return draftId;
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no section {id}.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

/// <summary>A host without <c>SendGrid:WebhookVerificationKey</c> accepts no event post, however well signed.</summary>
public sealed class SendGridEventsWithoutKeyTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Fact]
    public async Task Without_a_verification_key_a_signed_post_is_refused_with_403()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var body = Encoding.UTF8.GetBytes(SendGridHost.Bounce("e1", "draft-1", "manager", FlowPeople.ManagerEmail, "550"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        using var response = await SendGridHost.PostSignedAsync(host.Address, body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("SendGrid:WebhookVerificationKey is not set", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
