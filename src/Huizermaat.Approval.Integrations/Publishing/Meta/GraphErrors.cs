using System.Text.Json;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>
/// The Graph API's error body: <c>{"error":{"message","type","code","error_subcode","is_transient","error_user_msg","fbtrace_id"}}</c>.
/// </summary>
internal static class GraphErrors
{
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 613, 80001];

    public static PublishException ToException(string network, HttpResponseMessage response, string body)
    {
        var (message, code, subcode, transient, userMessage, trace) = Parse(body);
        var detail = $"{message}{(userMessage is null ? string.Empty : $" — {userMessage}")} (code {code}, subcode {subcode}, trace {trace})";
        if (code == 190)
        {
            return new PublishException($"{network}: the access token is expired or invalid: {detail}. Create a new long-lived token and update the settings.", isTransient: false);
        }

        if (RateLimitCodes.Contains(code))
        {
            return new PublishException($"{network}: rate limit reached: {detail}.", isTransient: true, TimeSpan.FromMinutes(15));
        }

        if (code == 9007 || subcode == 2207027)
        {
            return new PublishException($"{network}: the media is still being processed: {detail}.", isTransient: true, TimeSpan.FromSeconds(30));
        }

        if (code == 9 && subcode == 2207042)
        {
            return new PublishException($"{network}: the 24-hour publishing limit is reached: {detail}.", isTransient: true, TimeSpan.FromHours(1));
        }

        if (transient || code is 1 or 2 || (int)response.StatusCode >= 500)
        {
            return new PublishException($"{network} failed for now: {detail}.", isTransient: true);
        }

        return new PublishException($"{network} refused the request ({(int)response.StatusCode}): {detail}.", isTransient: false);
    }

    private static (string Message, int Code, int Subcode, bool Transient, string? UserMessage, string? Trace) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (
                    NetworkPublisher.Text(error, "message") ?? body,
                    error.TryGetProperty("code", out var code) && code.TryGetInt32(out var c) ? c : 0,
                    error.TryGetProperty("error_subcode", out var sub) && sub.TryGetInt32(out var s) ? s : 0,
                    error.TryGetProperty("is_transient", out var t) && t.ValueKind == JsonValueKind.True,
                    NetworkPublisher.Text(error, "error_user_msg"),
                    NetworkPublisher.Text(error, "fbtrace_id"));
            }
        }
        catch (JsonException)
        {
        }

        return (body, 0, 0, false, null, null);
    }
}
