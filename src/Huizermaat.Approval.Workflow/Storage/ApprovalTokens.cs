using System.Security.Cryptography;
using System.Text;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>Capability tokens for e-mail links: 256 random bits, URL-safe; only their SHA-256 is stored.</summary>
public static class ApprovalTokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
