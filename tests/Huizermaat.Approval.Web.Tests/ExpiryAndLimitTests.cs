using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>Expired links and rate limits, on a host with seconds-long steps and a low submission limit.</summary>
public sealed class ExpiryAndLimitTests(ShortLivedLinksHost host) : IClassFixture<ShortLivedLinksHost>
{
    [Fact]
    public async Task An_expired_link_gets_a_clear_Dutch_page_and_its_answer_changes_nothing()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        var form = await manager.GetStringAsync(link); // opened in time, answered too late

        var expired = await FlowClient.WaitForStateAsync(client, draftId, "expired");
        using var page = await manager.GetAsync(link);
        using var late = await FlowClient.PostFormAsync(manager, link, form, ("decision", "approve"));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("De tijd om te antwoorden is voorbij", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        Assert.Equal("expired", after.GetProperty("state").GetString());
        Assert.Equal(expired.GetProperty("approvals").ToString(), after.GetProperty("approvals").ToString());
    }

    [Fact]
    public async Task Submissions_past_the_rate_limit_get_429()
    {
        using var client = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync(new Uri("api/drafts", UriKind.Relative), new StringContent("{oops", Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
