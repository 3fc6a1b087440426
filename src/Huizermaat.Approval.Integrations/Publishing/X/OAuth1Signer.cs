using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Huizermaat.Approval.Integrations.Publishing.X;

/// <summary>
/// Signs a request with OAuth 1.0a HMAC-SHA1 (RFC 5849), as X requires for user-context calls: the signature base
/// string holds the method, the address without query, and the sorted, percent-encoded query, form body (only an
/// application/x-www-form-urlencoded body counts) and oauth_ parameters.
/// </summary>
internal static class OAuth1Signer
{
    public static async Task<string> AuthorizationHeaderAsync(
        HttpRequestMessage request, XOptions settings, string nonce, long timestamp, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var oauth = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["oauth_consumer_key"] = settings.ConsumerKey!,
            ["oauth_nonce"] = nonce,
            ["oauth_signature_method"] = "HMAC-SHA1",
            ["oauth_timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["oauth_token"] = settings.AccessToken!,
            ["oauth_version"] = "1.0",
        };
        var parameters = new List<(string Key, string Value)>(oauth.Select(p => (Encode(p.Key), Encode(p.Value))));
        parameters.AddRange(Pairs(uri.Query.TrimStart('?')));
        if (request.Content?.Headers.ContentType?.MediaType == "application/x-www-form-urlencoded")
        {
            parameters.AddRange(Pairs(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)));
        }

        var normalized = string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var baseUrl = uri.GetLeftPart(UriPartial.Path);
        var baseString = $"{request.Method.Method.ToUpperInvariant()}&{Encode(baseUrl)}&{Encode(normalized)}";
        var key = Encoding.ASCII.GetBytes($"{Encode(settings.ConsumerSecret!)}&{Encode(settings.AccessTokenSecret!)}");
#pragma warning disable CA5350 // OAuth 1.0a's HMAC-SHA1 is what X requires.
        var signature = Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.ASCII.GetBytes(baseString)));
#pragma warning restore CA5350
        oauth["oauth_signature"] = signature;
        return "OAuth " + string.Join(", ", oauth.Select(p => $"{Encode(p.Key)}=\"{Encode(p.Value)}\""));
    }

    /// <summary>RFC 3986 percent-encoding, as OAuth 1.0a requires.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>Query or form pairs, decoded (a form's '+' is a space) and re-encoded the OAuth way.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(string encoded) =>
        encoded.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var parts = pair.Split('=', 2);
            return (Encode(Decode(parts[0])), Encode(parts.Length > 1 ? Decode(parts[1]) : string.Empty));
        });

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
