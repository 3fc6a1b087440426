using System.Net;
using System.Text.Json;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A reminder mails a fresh link: from then on it is the approver's one live link for the step.</summary>
public sealed class ReminderLinkTests(QuickReminderHost host) : IClassFixture<QuickReminderHost>
{
    [Fact]
    public async Task A_reminders_link_replaces_the_requests_link_which_then_says_so_and_decides_nothing()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        var requested = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        var reminded = await ReminderLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();

        using var oldPage = await manager.GetAsync(requested);
        var oldHtml = await oldPage.Content.ReadAsStringAsync();
        using var pressOld = await FlowClient.PostFormAsync(manager, requested, await manager.GetStringAsync(reminded), ("decision", "approve"), ("comment", string.Empty));
        var newPage = await manager.GetStringAsync(reminded);

        Assert.NotEqual(requested, reminded);
        Assert.Equal(HttpStatusCode.Gone, oldPage.StatusCode);
        Assert.Contains("Link vervangen", oldHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, pressOld.StatusCode);
        Assert.Contains("name=\"decision\"", newPage, StringComparison.Ordinal);
        using var pressNew = await FlowClient.PressAsync(manager, reminded, "approve");
        Assert.Equal(HttpStatusCode.OK, pressNew.StatusCode);
    }

    [Fact]
    public async Task A_link_pressed_while_its_reminder_went_out_keeps_its_press_a_repeat_of_it_counts_and_the_step_is_decided()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        var requested = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        // The form's anti-forgery field comes from a page with the form: the reminder's (the request's link may already
        // be replaced when this test gets to open it; the field holds for any form of this client).
        var page = await manager.GetStringAsync(await ReminderLinkAsync(author, draftId, FlowPeople.ManagerEmail));

        // The press on the request's link was recorded while the reminder went out; its answer was lost.
        Assert.True(await host.App.Services.GetRequiredService<LinkUseStore>().TryUseAsync(
            ApprovalTokens.Hash(requested.Segments[^1]), LinkUseStore.Decision, "approve", DateTimeOffset.UtcNow, CancellationToken.None));
        using var repeat = await FlowClient.PostFormAsync(manager, requested, page, ("decision", "approve"), ("comment", string.Empty));

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Contains("Dank je wel", await repeat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var approvals = host.App.Services.GetRequiredService<ApprovalStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await approvals.GetAsync(draftId, "manager", "mark", CancellationToken.None))?.State != ApprovalRecordStates.Approved)
        {
            Assert.True(DateTime.UtcNow < deadline, "The repeated press on the replaced link never counted.");
            await Task.Delay(250);
        }
    }

    /// <summary>The link of the reminder mail about <paramref name="draftId"/> to <paramref name="to"/>, once it came.</summary>
    private static async Task<Uri> ReminderLinkAsync(HttpClient client, string draftId, string to)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var mails = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/dev/mailbox", UriKind.Relative))).RootElement;
            var link = mails.EnumerateArray()
                .Where(m => m.GetProperty("draftId").GetString() == draftId && m.GetProperty("to").GetString() == to && m.GetProperty("kind").GetString() == "Reminder")
                .SelectMany(m => m.GetProperty("links").EnumerateArray().Select(l => l.GetString()!))
                .FirstOrDefault(l => l.Contains("/link/", StringComparison.Ordinal));
            if (link is not null)
            {
                return new Uri(link);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No reminder for {to} about draft {draftId} arrived.");
            }

            await Task.Delay(250);
        }
    }
}
