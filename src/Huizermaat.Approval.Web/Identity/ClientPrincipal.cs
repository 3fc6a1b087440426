using System.Text;
using System.Text.Json;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// The principal App Service Authentication injects as the base64 JSON header <c>X-MS-CLIENT-PRINCIPAL</c>:
/// <c>{"auth_typ","name_typ","role_typ","claims":[{"typ","val"}]}</c>: the e-mail address (or UPN), the name, the
/// Entra object id and the app roles (<c>operator</c>).
/// </summary>
public static class ClientPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] ObjectIdClaims = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];

    private static readonly string[] EmailClaims =
    [
        "preferred_username", "email", "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    ];

    /// <returns>The user, or null when the header is missing, malformed or names no e-mail address.</returns>
    public static CurrentUser? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = document.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString() : "roles";
            var nameType = root.TryGetProperty("name_typ", out var nt) && nt.ValueKind == JsonValueKind.String ? nt.GetString() : "name";
            var claims = root.GetProperty("claims").EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out var t) && c.TryGetProperty("val", out var v) && t.ValueKind == JsonValueKind.String && v.ValueKind == JsonValueKind.String)
                .Select(c => (Type: c.GetProperty("typ").GetString()!, Value: c.GetProperty("val").GetString()!))
                .ToList();
            var email = EmailClaims.Select(type => claims.FirstOrDefault(c => c.Type == type).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (email is null || !email.Contains('@', StringComparison.Ordinal))
            {
                return null;
            }

            var name = claims.FirstOrDefault(c => c.Type == nameType || c.Type == "name").Value ?? email;
            var roles = claims.Where(c => c.Type == roleType || c.Type == "roles").Select(c => c.Value);
            var objectId = ObjectIdClaims.Select(type => claims.FirstOrDefault(c => c.Type == type).Value).FirstOrDefault(v => Guid.TryParse(v, out _));
            return new CurrentUser(email.ToLowerInvariant(), name, roles.Contains(CurrentUser.OperatorRole, StringComparer.OrdinalIgnoreCase))
            {
                ObjectId = objectId?.ToLowerInvariant(),
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }
}
