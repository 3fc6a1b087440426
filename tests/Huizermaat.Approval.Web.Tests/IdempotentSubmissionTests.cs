using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Idempotency;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// <c>Idempotency-Key</c> on <c>POST /api/drafts</c>, revisions and <c>/api/media</c>, against the real local host on
/// Azurite: a repeat of a request whose answer was lost makes nothing twice, whenever it comes.
/// </summary>
public sealed partial class IdempotentSubmissionTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Fact]
    public async Task A_repeated_submission_with_the_same_key_answers_with_the_same_draft_and_makes_no_second_one()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draft = FlowClient.Draft(await FlowClient.UploadPhotoAsync(client));
        var before = await MyDraftsAsync(client);
        var key = Guid.NewGuid().ToString();

        var first = await SubmitAsync(client, draft, key);
        var second = await SubmitAsync(client, draft, key);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(HttpStatusCode.Accepted, second.Status);
        Assert.Equal(first.Body.GetProperty("id").GetString(), second.Body.GetProperty("id").GetString());
        Assert.Equal(first.Body.GetProperty("state").GetString(), second.Body.GetProperty("state").GetString());
        Assert.Equal(first.Body.GetProperty("findings").GetRawText(), second.Body.GetProperty("findings").GetRawText());
        Assert.Equal([first.Body.GetProperty("id").GetString()!], (await MyDraftsAsync(client)).Except(before));
    }

    [Fact]
    public async Task Repeats_sent_at_the_same_time_all_answer_with_one_draft()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draft = FlowClient.Draft(await FlowClient.UploadPhotoAsync(client));
        var before = await MyDraftsAsync(client);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SubmitAsync(client, draft, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        var id = Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetString()).Distinct());
        Assert.Equal([id!], (await MyDraftsAsync(client)).Except(before));
    }

    [Fact]
    public async Task The_same_key_with_a_different_draft_is_refused_with_422_in_English_and_Dutch_and_changes_nothing()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(client);
        var key = Guid.NewGuid().ToString();
        var first = await SubmitAsync(client, FlowClient.Draft(mediaId), key);
        var before = await MyDraftsAsync(client);

        var changed = await SubmitAsync(client, FlowClient.Draft(mediaId, "Een heel ander bericht over de open dag."), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.Status);
        Assert.Contains("Idempotency-Key was used before with a different request", changed.Body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("met een andere inhoud", changed.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await MyDraftsAsync(client));
        var view = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{first.Body.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal(FlowClient.CleanText, view.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Keys_are_per_user_the_same_key_from_another_author_makes_their_own_draft()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var key = Guid.NewGuid().ToString();

        var annas = await SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)), key);
        var brams = await SubmitAsync(bram, FlowClient.Draft(await FlowClient.UploadPhotoAsync(bram)), key);

        Assert.Equal(HttpStatusCode.Accepted, brams.Status);
        Assert.NotEqual(annas.Body.GetProperty("id").GetString(), brams.Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_refused_submission_leaves_its_key_free_so_the_corrected_draft_can_use_it()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var key = Guid.NewGuid().ToString();

        var refused = await SubmitAsync(client, FlowClient.Draft("0123456789abcdef0123456789abcdef"), key);
        var accepted = await SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)), key);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has spaces in it")]
    [InlineData("slash/in/it")]
    public async Task A_malformed_key_is_refused_with_400_before_anything_is_made(string key)
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var before = await MyDraftsAsync(client);

        var answer = await SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)), key);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Idempotency-Key header must be", answer.Body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await MyDraftsAsync(client));
    }

    [Fact]
    public async Task A_repeat_while_the_first_is_still_under_way_waits_and_then_answers_409_with_retry_after()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draft = FlowClient.Draft(await FlowClient.UploadPhotoAsync(client));
        var key = Guid.NewGuid().ToString();
        await KeysTable().AddEntityAsync(new TableEntity("anna", key) { ["Fingerprint"] = string.Empty, ["Done"] = false, ["ResourceId"] = Guid.NewGuid().ToString("N"), ["StartedAt"] = DateTimeOffset.UtcNow });
        var before = await MyDraftsAsync(client);

        var started = DateTimeOffset.UtcNow;
        var answer = await SubmitAsync(client, draft, key);

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("2", answer.RetryAfter);
        Assert.True(DateTimeOffset.UtcNow - started >= IdempotentRequests.MaxWait - TimeSpan.FromSeconds(1), "The repeat did not wait for the first request.");
        Assert.Contains("wordt nog verwerkt", answer.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await MyDraftsAsync(client));
    }

    [Fact]
    public async Task A_repeat_after_the_host_died_mid_submission_takes_the_claim_over_and_makes_the_reserved_draft_once()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draft = FlowClient.Draft(await FlowClient.UploadPhotoAsync(client));
        var key = Guid.NewGuid().ToString();
        var reserved = Guid.NewGuid().ToString("N");

        // What a host killed half-way through the first request left: its claim, with the draft id it had reserved.
        await KeysTable().AddEntityAsync(new TableEntity("anna", key)
        {
            ["Fingerprint"] = IdempotentRequests.Fingerprint("/api/drafts", JsonSerializer.Serialize(draft)),
            ["Done"] = false,
            ["ResourceId"] = reserved,
            ["Revision"] = 1,
            ["StartedAt"] = DateTimeOffset.UtcNow - IdempotentRequests.Lease - TimeSpan.FromSeconds(1),
        });

        var taken = await SubmitAsync(client, draft, key);
        var again = await SubmitAsync(client, draft, key);

        Assert.Equal(HttpStatusCode.Accepted, taken.Status);
        Assert.Equal(reserved, taken.Body.GetProperty("id").GetString());
        Assert.Equal(reserved, again.Body.GetProperty("id").GetString());
        await FlowClient.WaitForStateAsync(client, reserved, "awaiting-approvals");
        Assert.NotNull(await host.App.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync(reserved));
    }

    [Fact]
    public async Task A_repeated_revision_with_the_same_key_makes_one_revision()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(client);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(mediaId));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var revised = FlowClient.Draft(mediaId, "Wat een mooie open dag was het!");
        var key = Guid.NewGuid().ToString();

        var first = await PostJsonAsync(client, $"api/drafts/{draftId}/revisions", revised, key);
        var second = await PostJsonAsync(client, $"api/drafts/{draftId}/revisions", revised, key);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(HttpStatusCode.Accepted, second.Status);
        var revisions = await host.App.Services.GetRequiredService<SubmissionStore>().ListAsync(draftId, CancellationToken.None);
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        var view = await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        Assert.Equal(2, view.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_repeated_upload_with_the_same_key_answers_with_the_same_media_item_and_another_file_is_refused()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var key = Guid.NewGuid().ToString();

        var first = await UploadAsync(client, TinyPng.Create(32, 24, 200, 80, 40), key);
        var repeat = await UploadAsync(client, TinyPng.Create(32, 24, 200, 80, 40), key);
        var other = await UploadAsync(client, TinyPng.Create(40, 30, 10, 80, 40), key);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, repeat.Status);
        Assert.Equal(first.Body.GetProperty("id").GetString(), repeat.Body.GetProperty("id").GetString());
        Assert.Equal("photo", repeat.Body.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Contains("met een andere inhoud", other.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private TableClient KeysTable() => host.App.Services.GetRequiredService<WebTables>().Get(WebTables.IdempotencyKeysTable);

    private static Task<Answer> SubmitAsync(HttpClient client, object draft, string key) => PostJsonAsync(client, "api/drafts", draft, key);

    private static async Task<Answer> PostJsonAsync(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(IdempotentRequests.HeaderName, key);
        return await SendAsync(client, request);
    }

    private static async Task<Answer> UploadAsync(HttpClient client, byte[] png, string key)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new("image/png");
        content.Add(file, "file", "foto.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/media") { Content = content };
        request.Headers.TryAddWithoutValidation(IdempotentRequests.HeaderName, key);
        return await SendAsync(client, request);
    }

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Headers.RetryAfter?.ToString());
    }

    /// <summary>The ids of the drafts Mijn berichten lists for the signed-in author.</summary>
    private static async Task<HashSet<string>> MyDraftsAsync(HttpClient client) =>
        [.. DraftLink().Matches(await client.GetStringAsync(new Uri("berichten", UriKind.Relative))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("/berichten/([0-9a-f]{32})")]
    private static partial Regex DraftLink();

    private sealed record Answer(HttpStatusCode Status, JsonElement Body, string? RetryAfter);
}
