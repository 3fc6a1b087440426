using System.Text;
using System.Text.Json;
using Azure.Core;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// A token credential that issues what Microsoft Entra ID issues a managed identity for Azure Storage: a JWT with the
/// storage audience, an Entra issuer, the tenant and object ids. Azurite's basic OAuth checks those claims, not the
/// signature, so the token is signed with nothing real.
/// </summary>
internal sealed class EntraIdToken(string audience = "https://storage.azure.com") : TokenCredential
{
    public const string TenantId = "7a6ea3a4-1e5c-4a3b-9c1e-2d7a1b8f0c11";
    public const string ObjectId = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["oid"] = ObjectId,
            ["tid"] = TenantId,
        };
        var token = $"{Base64Url(new { alg = "RS256", typ = "JWT" })}.{Base64Url(claims)}.{Base64UrlEncode("not-a-signature"u8.ToArray())}";
        return new AccessToken(token, now.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Base64Url(object value) => Base64UrlEncode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
