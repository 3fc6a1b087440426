using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Hosting.Storage;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>A school's first day with a default deployment, on the Functions app's own host.</summary>
public sealed class DeploymentRehearsalTests(DeployedApp app) : IClassFixture<DeployedApp>
{
    private static readonly string Anna = Invocations.Principal(FlowPeople.AuthorEmail, "Anna de Vries", "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0001", "staff");

    [Fact]
    public async Task A_member_of_staff_submits_a_draft_and_the_managers_mail_links_to_the_apps_public_address()
    {
        var draft = JsonSerializer.Serialize(new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "mastodon" },
            acknowledgedPermanence = true,
            media = Array.Empty<object>(),
        });

        var (status, body, _) = await app.InvokeAsync("POST", "/api/drafts", Anna, (request, durable) => DraftFunctions.Submit(request, durable), draft);

        Assert.True(status == 202, $"Submitting answered {status}: {body}");
        var (from, html) = await app.SendGrid.MailToAsync(FlowPeople.ManagerEmail);
        Assert.Equal(DeployedSettings.MailFrom, from);
        Assert.Contains($"https://{DeployedSettings.DefaultHostName}/link/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Its_tables_and_containers_exist_once_it_has_started()
    {
        var tables = new TableServiceClient(app.Settings["AzureWebJobsStorage"]);
        var blobs = new BlobServiceClient(app.Settings["AzureWebJobsStorage"]);
        var existing = new List<string>();
        await foreach (var table in tables.QueryAsync())
        {
            existing.Add(table.Name);
        }

        Assert.All(StorageLayout.Tables, table => Assert.Contains(table, existing));
        foreach (var container in StorageLayout.Containers)
        {
            Assert.True(await blobs.GetBlobContainerClient(container).ExistsAsync(), $"The container {container} is missing.");
        }
    }

    [Fact]
    public async Task A_principal_header_sent_to_an_anonymous_path_is_ignored()
    {
        // The uploader's own photo: on the guarded path her header shows it, on the anonymous link path it does not.
        var mediaId = await UploadAsync(Anna);

        var guarded = await app.InvokeAsync("GET", $"/api/media/{mediaId}/thumbnail", Anna, (r, d) => DraftFunctions.Thumbnail(r, mediaId, d));
        var anonymous = await app.InvokeAsync("GET", $"/link/forged/media/{mediaId}", Anna, (r, d) => DraftFunctions.LinkThumbnail(r, "forged", mediaId, d));

        Assert.Equal(200, guarded.Status);
        Assert.Equal(404, anonymous.Status);
    }

    [Fact]
    public async Task A_signed_in_account_that_is_not_in_the_roster_is_refused_in_Dutch()
    {
        var stranger = Invocations.Principal("onbekend@huizermaat.nl", "Onbekend", "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0099");

        var (status, body, _) = await app.InvokeAsync("GET", "/berichten", stranger, (r, d) => DraftFunctions.List(r, d));

        Assert.Equal(403, status);
        Assert.Contains("personeelslijst", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_staff_is_known_by_their_Entra_account_once_it_signed_in_even_under_another_address()
    {
        const string ObjectId = "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0002";
        var first = Invocations.Principal(FlowPeople.OtherAuthorEmail, "Bram Visser", ObjectId);
        var renamed = Invocations.Principal("b.visser@huizermaat.nl", "Bram Visser", ObjectId);
        var unknownAddress = Invocations.Principal("b.visser@huizermaat.nl", "Bram Visser", "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0003");

        var before = await app.InvokeAsync("GET", "/berichten", unknownAddress, (r, d) => DraftFunctions.List(r, d));
        var signedIn = await app.InvokeAsync("GET", "/berichten", first, (r, d) => DraftFunctions.List(r, d));
        var after = await app.InvokeAsync("GET", "/berichten", renamed, (r, d) => DraftFunctions.List(r, d));

        Assert.Equal(403, before.Status);
        Assert.Equal(200, signedIn.Status);
        Assert.Equal(200, after.Status);
    }

    [Fact]
    public async Task Another_account_with_the_address_of_a_member_of_staff_who_signed_in_before_is_refused()
    {
        var own = Invocations.Principal(FlowPeople.ManagerEmail, "Mark Jansen", "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0004");
        var other = Invocations.Principal(FlowPeople.ManagerEmail, "Mark Jansen", "0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0005");

        var first = await app.InvokeAsync("GET", "/berichten", own, (r, d) => DraftFunctions.List(r, d));
        var second = await app.InvokeAsync("GET", "/berichten", other, (r, d) => DraftFunctions.List(r, d));

        Assert.Equal(200, first.Status);
        Assert.Equal(403, second.Status);
        Assert.Contains("ander schoolaccount", second.Body, StringComparison.Ordinal);
    }

    private async Task<string> UploadAsync(string principal)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(TinyPng.Create(32, 24, 200, 80, 40));
        file.Headers.ContentType = new("image/png");
        content.Add(file, "file", "foto.png");
        var bytes = await content.ReadAsByteArrayAsync();
        var (status, body, _) = await app.InvokeAsync("POST", "/api/media", principal, (request, durable) =>
        {
            request.ContentType = content.Headers.ContentType!.ToString();
            request.ContentLength = bytes.Length;
            request.Body = new MemoryStream(bytes);
            return DraftFunctions.Upload(request, durable);
        });
        Assert.True(status == 201, $"Uploading answered {status}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
