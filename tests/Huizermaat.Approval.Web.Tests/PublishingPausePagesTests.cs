using System.Net;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>Beheer's emergency stop against the real local host: who may press it, what it holds, what it shows, and that resuming publishes.</summary>
public sealed class PublishingPausePagesTests(PauseHost host) : IClassFixture<PauseHost>
{
    [Fact]
    public async Task Alles_pauzeren_holds_an_approved_post_shows_who_and_why_and_hervatten_publishes_it()
    {
        using var admin = await host.ClientAsync(PauseHost.OperatorEmail);
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);

        using (var refused = await PostAsync(admin, "beheer/pauzeren", ("reden", "  ")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Waarom pauzeren?", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.False((await PauseAsync()).Paused);
        using (var paused = await PostAsync(admin, "beheer/pauzeren", ("reden", "Het Facebook-account is gehackt")))
        {
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
            Assert.Equal("/beheer?gedaan=gepauzeerd", paused.Headers.Location?.OriginalString);
        }

        try
        {
            var dashboard = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("beheer?gedaan=gepauzeerd", UriKind.Relative)));
            Assert.Contains("Alles staat op pauze", dashboard, StringComparison.Ordinal);
            Assert.Contains("Gepauzeerd door Bram Visser", dashboard, StringComparison.Ordinal);
            Assert.Contains("“Het Facebook-account is gehackt”", dashboard, StringComparison.Ordinal);
            Assert.Contains("Alles is gepauzeerd", dashboard, StringComparison.Ordinal);

            using (var again = await PostAsync(admin, "beheer/pauzeren", ("reden", "Nog eens")))
            {
                Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            }

            // Approvals are still collected; the approved post waits.
            var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
            using var anonymous = await host.ClientAsync();
            using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail), "approve"))
            using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ParentEmail), "approve"))
            {
            }

            var held = await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Paused);
            Assert.All(held.GetProperty("channels").EnumerateArray(), c => Assert.NotEqual("published", c.GetProperty("state").GetString()));
            dashboard = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)));
            Assert.Contains("Eén goedgekeurd bericht wacht om geplaatst te worden.", dashboard, StringComparison.Ordinal);
            Assert.Contains("Gepauzeerd (1)", dashboard, StringComparison.Ordinal);
            var status = WebUtility.HtmlDecode(await author.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative)));
            Assert.Contains("Gepauzeerd", status, StringComparison.Ordinal);

            using (var resumed = await PostAsync(admin, "beheer/hervatten"))
            {
                Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
                Assert.Equal("/beheer?gedaan=hervat", resumed.Headers.Location?.OriginalString);
            }

            await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Published);
        }
        finally
        {
            await host.App.Services.GetRequiredService<PublishingPauseStore>().ResumeAsync("test", DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)));
        Assert.Contains("Noodstop", after, StringComparison.Ordinal);
        Assert.Contains("hervat door Bram Visser", after, StringComparison.Ordinal);
        using var notPaused = await PostAsync(admin, "beheer/hervatten");
        Assert.Equal(HttpStatusCode.Conflict, notPaused.StatusCode);
    }

    [Fact]
    public async Task Staff_who_are_not_operators_can_neither_pause_nor_resume()
    {
        using var staff = await host.ClientAsync(FlowPeople.AuthorEmail);

        using var pause = await staff.PostAsync(new Uri("beheer/pauzeren", UriKind.Relative), new FormUrlEncodedContent([new("reden", "Ik wil dat")]));
        using var resume = await staff.PostAsync(new Uri("beheer/hervatten", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, pause.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.False((await PauseAsync()).Paused);
    }

    [Fact]
    public async Task A_pause_or_resume_without_the_pages_anti_forgery_field_changes_nothing()
    {
        using var admin = await host.ClientAsync(PauseHost.OperatorEmail);

        using var pause = await admin.PostAsync(new Uri("beheer/pauzeren", UriKind.Relative), new FormUrlEncodedContent([new("reden", "Van een andere site")]));

        Assert.Equal(HttpStatusCode.BadRequest, pause.StatusCode);
        Assert.False((await PauseAsync()).Paused);
    }

    private Task<PublishingPause> PauseAsync() => host.App.Services.GetRequiredService<PublishingPauseStore>().GetAsync(CancellationToken.None);

    /// <summary>Presses a Beheer button as a browser would: with the dashboard's anti-forgery field and its cookie.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, params (string Name, string Value)[] fields) =>
        await FlowClient.PostFormAsync(client, new Uri(action, UriKind.Relative), await client.GetStringAsync(new Uri("beheer", UriKind.Relative)), fields);
}
