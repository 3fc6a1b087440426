using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A local host whose retention deletes the content of drafts that ended offline at once (for these tests only).</summary>
public sealed class ImmediateRetentionHost() : FlowHost(new Dictionary<string, string?>
{
    ["Auth:DevelopmentOperators:0"] = OperatorHost.OperatorEmail,
    ["Retention:UnpublishedContent"] = "00:00:00",
});

/// <summary>The pages of a draft whose text and photos the retention rule deleted say so in Dutch instead of failing.</summary>
public sealed class RetentionPageTests(ImmediateRetentionHost host) : IClassFixture<ImmediateRetentionHost>
{
    [Fact]
    public async Task After_retention_the_author_and_Beheer_see_that_the_content_was_deleted_and_the_decision_stays()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        await ActivatorUtilities.CreateInstance<ApprovalClient>(host.App.Services).WithdrawAsync(draftId, new WithdrawEvent($"withdraw-{draftId}", "anna", "foto klopt niet"), CancellationToken.None);
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Withdrawn);

        Assert.True(await host.App.Services.GetRequiredService<UnpublishedContentPurge>().RunAsync(CancellationToken.None) >= 1);

        using var page = await author.GetAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"content-deleted\"", html, StringComparison.Ordinal);
        Assert.Contains("zijn op", html, StringComparison.Ordinal);
        Assert.Contains("verwijderd: het bericht is niet (meer) online en de bewaartermijn is voorbij", html, StringComparison.Ordinal);
        Assert.Contains("Ingetrokken", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FlowClient.CleanText, html, StringComparison.Ordinal);

        var api = JsonDocument.Parse(await author.GetStringAsync(new Uri($"api/drafts/{draftId}", UriKind.Relative))).RootElement;
        Assert.Equal(ApprovalStages.Withdrawn, api.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.String, api.GetProperty("contentDeletedAt").ValueKind);
        Assert.True(!api.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.Null);

        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var adminPage = await admin.GetStringAsync(new Uri($"beheer/berichten/{draftId}", UriKind.Relative));
        Assert.Contains("Tekst en media verwijderd op", adminPage, StringComparison.Ordinal);
        Assert.Contains("verwijderd na de bewaartermijn (het bericht is niet online gekomen of gebleven). De beslissingen blijven bewaard.", adminPage, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"stage\">Ingetrokken</dd>", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_no_draft_uses_is_deleted_after_retention_and_a_photo_of_a_draft_under_way_stays()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var abandoned = await FlowClient.UploadPhotoAsync(author);
        var inUse = await FlowClient.UploadPhotoAsync(author);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(inUse));
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);

        await host.App.Services.GetRequiredService<UnpublishedContentPurge>().RunAsync(CancellationToken.None);

        using var gone = await author.GetAsync(new Uri($"api/media/{abandoned}/thumbnail", UriKind.Relative));
        using var kept = await author.GetAsync(new Uri($"api/media/{inUse}/thumbnail", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        using var late = await author.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), FlowClient.Draft(abandoned));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("Een van de bestanden is niet (meer) gevonden. Upload het opnieuw.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
