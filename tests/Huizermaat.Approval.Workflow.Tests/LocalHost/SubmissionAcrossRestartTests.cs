using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// The local host as a child process on Azurite, killed after it made a draft whose answer the author never got, then
/// replaced by a new host: the author's repeat with the same <c>Idempotency-Key</c> answers with that draft.
/// </summary>
public sealed partial class SubmissionAcrossRestartTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_submission_repeated_after_the_host_was_killed_and_restarted_answers_with_the_draft_it_made_and_makes_no_second()
    {
        await SeedAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Storage"] = azurite.ConnectionString,
            ["DurableTask:HubName"] = LocalHostRunner.NewHubName(),
            ["DurableTask:StorageProvider:PartitionCount"] = "1",
            ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = "00:00:01",
            ["Approval:QuietHoursStart"] = "00:00",
            ["Approval:QuietHoursEnd"] = "00:00",
        };
        var cookies = new CookieContainer();
        var key = Guid.NewGuid().ToString();
        var draft = new
        {
            text = "Sportdag was geweldig!",
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
        };

        string made;
        await using (var first = LocalHostProcess.Start(settings, output))
        {
            await first.WebReadyAsync();
            using var author = await SignedInAsync(first.Address, cookies);
            made = await SubmitAsync(author, draft, key);
            await first.KillAsync();
        }

        await using var second = LocalHostProcess.Start(settings, output);
        await second.WebReadyAsync();
        using var again = await SignedInAsync(second.Address, cookies, signIn: false);
        var repeated = await SubmitAsync(again, draft, key);
        var drafts = DraftLink().Matches(await again.GetStringAsync(new Uri("berichten", UriKind.Relative))).Select(m => m.Groups[1].Value).Distinct();

        Assert.Equal(made, repeated);
        Assert.Equal([made], drafts);
    }

    private async Task SeedAsync()
    {
        var storage = new WorkflowStorage(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        await new RosterStore(storage).SaveAsync(WorkflowPeople.Roster, CancellationToken.None);
    }

    /// <summary>A client of the host with the author's cookies (signing in through <c>/dev/login</c> when asked to).</summary>
    private static async Task<HttpClient> SignedInAsync(Uri address, CookieContainer cookies, bool signIn = true)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        if (signIn)
        {
            using var response = await client.GetAsync(new Uri($"dev/login?as={Uri.EscapeDataString(WorkflowPeople.Author.Email!)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return client;
    }

    private static async Task<string> SubmitAsync(HttpClient client, object draft, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/drafts") { Content = JsonContent.Create(draft) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Submitting answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    [GeneratedRegex("/berichten/([0-9a-f]{32})")]
    private static partial Regex DraftLink();
}
