using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Testing;

/// <summary>What the API tests do through the HTTP API of a <see cref="FlowHost"/>, as a user's tools would.</summary>
public static partial class FlowClient
{
    public const string CleanText = "Wat een mooie open dag! Vragen? Bel de school.";

    /// <summary>Uploads a small photo; returns the media id.</summary>
    public static async Task<string> UploadPhotoAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(TinyPng.Create(32, 24, 200, 80, 40));
        file.Headers.ContentType = new("image/png");
        content.Add(file, "file", "foto.png");
        using var response = await client.PostAsync(new Uri("api/media", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>An official Facebook post with one photo showing the pupil (asks the manager and the parent).</summary>
    public static object Draft(string mediaId, string text = CleanText, string fileName = "foto.png", string? creator = null) => new
    {
        text,
        capacity = "official",
        channels = new[] { "facebook" },
        acknowledgedPermanence = true,
        media = new[] { new { kind = "photo", fileName, people = new[] { FlowPeople.PupilId }, noIdentifiablePeople = false, ownWork = creator is null, creator, creatorPermission = creator is not null } },
        mediaIds = new[] { mediaId },
    };

    public static async Task<string> SubmitAsync(HttpClient client, object draft)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), draft);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Submitting answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Polls <c>GET /api/drafts/{id}</c> until the draft is in <paramref name="state"/>; returns the body.</summary>
    public static async Task<JsonElement> WaitForStateAsync(HttpClient client, string draftId, string state)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var body = await client.GetStringAsync(new Uri($"api/drafts/{draftId}", UriKind.Relative));
            var root = JsonDocument.Parse(body).RootElement;
            if (root.GetProperty("state").GetString() == state)
            {
                return root;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Draft {draftId} did not reach {state}: {body}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The link in the newest mail about <paramref name="draftId"/> to <paramref name="to"/>, from the development mailbox.</summary>
    public static async Task<Uri> MailedLinkAsync(HttpClient client, string draftId, string to)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var mails = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/dev/mailbox", UriKind.Relative))).RootElement;
            var link = mails.EnumerateArray()
                .Where(m => m.GetProperty("draftId").GetString() == draftId && m.GetProperty("to").GetString() == to)
                .SelectMany(m => m.GetProperty("links").EnumerateArray().Select(l => l.GetString()!))
                .LastOrDefault(l => l.Contains("/link/", StringComparison.Ordinal));
            if (link is not null)
            {
                return new Uri(link);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No link for {to} about draft {draftId} arrived.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Opens a link page and presses one of its buttons, as a browser would (anti-forgery cookie and field).</summary>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient client, Uri link, string decision, string comment = "")
    {
        ArgumentNullException.ThrowIfNull(client);
        return await PostFormAsync(client, link, await client.GetStringAsync(link), ("decision", decision), ("comment", comment));
    }

    /// <summary>
    /// Posts the form of <paramref name="page"/> (a page the client opened, perhaps a while ago) to <paramref name="target"/>
    /// with the page's anti-forgery field and <paramref name="fields"/>, as a browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, Uri target, string page, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var field = AntiforgeryField().Match(page);
        if (!field.Success)
        {
            throw new InvalidOperationException("The page has no form: " + page[..Math.Min(page.Length, 2000)]);
        }

        var values = new Dictionary<string, string> { [WebUtility.HtmlDecode(field.Groups[1].Value)] = WebUtility.HtmlDecode(field.Groups[2].Value) };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(target, form);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
