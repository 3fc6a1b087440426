using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>What an approver's press came to.</summary>
public enum PressOutcome
{
    /// <summary>The page thanked them (or, to a press repeated after a lost answer, said the link was used).</summary>
    Done,

    /// <summary>The link no longer works (replaced by a newer one, outdated, closed): look for a newer mail.</summary>
    Gone,
}

/// <summary>
/// The people of the demo roster at the host's HTTP API, as their browsers would be: every request is tried again
/// after a network error or a 5xx (the host was killed and is starting again), with the same
/// <c>Idempotency-Key</c> for a submission, revision or upload, as the form does.
/// </summary>
public sealed partial class Users(Uri address)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>How many tries failed and were repeated (lost answers, refused connections).</summary>
    public int Retries => retries;

    private int retries;

    /// <summary>A browser of its own (cookies), signed in through the development login when an address is given.</summary>
    public async Task<HttpClient> BrowserAsync(string? email, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (email is not null)
        {
            using var response = await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, $"dev/login?as={Uri.EscapeDataString(email)}"), cancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
            }
        }

        return client;
    }

    public async Task<string> UploadPhotoAsync(HttpClient author, string key, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            author,
            () =>
            {
                var content = new MultipartFormDataContent();
                var file = new ByteArrayContent(TinyPng.Create(48, 32, 30, 120, 200));
                file.Headers.ContentType = new("image/png");
                content.Add(file, "file", "sportdag.png");
                var request = new HttpRequestMessage(HttpMethod.Post, "api/media") { Content = content };
                request.Headers.Add("Idempotency-Key", key);
                return request;
            },
            cancellationToken);
        return await IdAsync(response, HttpStatusCode.Created, "Uploading", cancellationToken);
    }

    /// <summary>Sends a draft (or, with <paramref name="draftId"/>, a revision of it) until it is accepted; returns its id.</summary>
    public async Task<string> SendDraftAsync(HttpClient author, object draft, string key, string? draftId, Action? sent, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            author,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, draftId is null ? "api/drafts" : $"api/drafts/{draftId}/revisions") { Content = JsonContent.Create(draft) };
                request.Headers.Add("Idempotency-Key", key);
                sent?.Invoke();
                return request;
            },
            cancellationToken);
        return await IdAsync(response, HttpStatusCode.Accepted, "Sending a draft", cancellationToken);
    }

    /// <summary>Opens a mailed link and presses a button on it, pressing again after a lost answer.</summary>
    public async Task<PressOutcome> PressAsync(Uri link, string decision, CancellationToken cancellationToken)
    {
        using var browser = await BrowserAsync(null, cancellationToken);
        string page;
        using (var opened = await SendAsync(browser, () => new HttpRequestMessage(HttpMethod.Get, link), cancellationToken))
        {
            page = await opened.Content.ReadAsStringAsync(cancellationToken);

            // A link is pressed once (its press repeated within SendAsync after a lost answer): one that says it was
            // used before its holder pressed it was used by no one (seed 8 found such a link, made by the app).
            if (opened.StatusCode == HttpStatusCode.Conflict)
            {
                throw new InvalidOperationException($"{link} said '{Title(page)}' before it was pressed.");
            }

            if (opened.StatusCode != HttpStatusCode.OK)
            {
                Say("opened", opened.StatusCode, page);
                return PressOutcome.Gone;
            }
        }

        var field = AntiforgeryField().Match(page);
        if (!field.Success || !page.Contains($"value=\"{decision}\"", StringComparison.Ordinal))
        {
            Say($"opened (no {decision} button)", HttpStatusCode.OK, page);
            return PressOutcome.Gone;
        }

        // Withdrawing asks for confirmation first: the page answers with a form whose button confirms (bevestigd=ja).
        if (decision == "withdraw-consent")
        {
            using var asked = await SendAsync(browser, () => Press(field, confirmed: false), cancellationToken);
            page = await asked.Content.ReadAsStringAsync(cancellationToken);
            field = AntiforgeryField().Match(page);
            if (asked.StatusCode != HttpStatusCode.OK || !field.Success || !page.Contains("name=\"bevestigd\"", StringComparison.Ordinal))
            {
                Say("asked to confirm", asked.StatusCode, page);
                return PressOutcome.Gone;
            }
        }

        using var pressed = await SendAsync(browser, () => Press(field, confirmed: decision == "withdraw-consent"), cancellationToken);
        var answer = await pressed.Content.ReadAsStringAsync(cancellationToken);
        if (pressed.StatusCode != HttpStatusCode.OK)
        {
            Say($"pressed {decision}", pressed.StatusCode, answer);
        }

        return pressed.StatusCode switch
        {
            HttpStatusCode.OK or HttpStatusCode.Conflict => PressOutcome.Done,
            HttpStatusCode.Gone => PressOutcome.Gone,
            _ => throw new InvalidOperationException($"Pressing {decision} on {link} answered {(int)pressed.StatusCode}: {answer}"),
        };

        HttpRequestMessage Press(System.Text.RegularExpressions.Match antiforgery, bool confirmed)
        {
            var fields = new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(antiforgery.Groups[1].Value)] = WebUtility.HtmlDecode(antiforgery.Groups[2].Value),
                ["decision"] = decision,
                ["comment"] = string.Empty,
            };
            if (confirmed)
            {
                fields["bevestigd"] = "ja";
            }

            return new HttpRequestMessage(HttpMethod.Post, link) { Content = new FormUrlEncodedContent(fields) };
        }

        // Why a link sent its holder on to a newer mail, for a replay.
        void Say(string what, HttpStatusCode status, string answered) =>
            Progress.Say($"  link …{link.AbsolutePath[^8..]} {what}: {(int)status} {Title(answered)}");
    }

    /// <summary>An operator presses "opnieuw proberen" for the draft on the Beheer page; false when it is not listed.</summary>
    public async Task<bool> RetryFromBeheerAsync(HttpClient operatorBrowser, string draftId, CancellationToken cancellationToken)
    {
        string page;
        using (var dashboard = await SendAsync(operatorBrowser, () => new HttpRequestMessage(HttpMethod.Get, "beheer"), cancellationToken))
        {
            page = await dashboard.Content.ReadAsStringAsync(cancellationToken);
        }

        var action = $"/beheer/berichten/{draftId}/opnieuw";
        var form = page.IndexOf($"action=\"{action}\"", StringComparison.Ordinal);
        if (form < 0)
        {
            return false;
        }

        var field = AntiforgeryField().Match(page, form);
        using var pressed = await SendAsync(
            operatorBrowser,
            () => new HttpRequestMessage(HttpMethod.Post, action)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { [WebUtility.HtmlDecode(field.Groups[1].Value)] = WebUtility.HtmlDecode(field.Groups[2].Value) }),
            },
            cancellationToken);
        return pressed.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK
            ? true
            : throw new InvalidOperationException($"Retrying {draftId} in Beheer answered {(int)pressed.StatusCode}.");
    }

    /// <summary>Whether a mailed link offers its holder a decision now (a GET changes nothing).</summary>
    public static async Task<bool?> OffersDecisionAsync(HttpClient anonymous, Uri link, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await anonymous.GetAsync(link, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadAsStringAsync(cancellationToken)).Contains("value=\"approve\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Sends until an answer comes that is not a server error nor "still handling the first try".</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var message = request();
            try
            {
                var response = await client.SendAsync(message, cancellationToken);
                var inFlight = response.StatusCode == HttpStatusCode.Conflict && response.Headers.RetryAfter is not null;
                if ((int)response.StatusCode < 500 && !inFlight)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{message.Method} {message.RequestUri} got no answer in {Patience}.");
            }

            Interlocked.Increment(ref retries);
            await Task.Delay(Pause, cancellationToken);
        }
    }

    private static async Task<string> IdAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == expected
            ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
    }

    private static string Title(string page) => TitleElement().Match(page).Groups[1].Value;

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex TitleElement();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
