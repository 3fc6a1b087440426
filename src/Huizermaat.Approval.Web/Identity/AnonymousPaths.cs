using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// The paths App Service Authentication lets through without sign-in (<c>infra/main.bicep</c>'s
/// <c>anonymousPaths</c>, kept equal by a test): the health probe, the approval links and their thumbnails (the
/// token is the capability), the static assets and SendGrid's signed webhook. On these paths no request ever
/// resolves a user, whatever headers or cookies it carries: only the guarded paths get a principal from the platform.
/// A trailing <c>/*</c> covers everything below the path, as in Easy Auth's <c>excludedPaths</c>.
/// </summary>
public static class AnonymousPaths
{
    public static IReadOnlyList<string> All { get; } = ["/api/health", "/link/*", "/assets/*", "/api/mail/events"];

    public static bool Contains(PathString path)
    {
        var value = path.Value ?? "/";
        foreach (var entry in All)
        {
            if (entry.EndsWith("/*", StringComparison.Ordinal)
                ? value.StartsWith(entry[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(value.TrimEnd('/'), entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
