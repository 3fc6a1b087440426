using System.Security.Cryptography;
using System.Text.Json;
using Huizermaat.Approval.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// Who made a request, by <see cref="AuthOptions.Mode"/>: the App Service Authentication header (only in
/// <see cref="AuthMode.EasyAuth"/>), the data-protected cookie of <c>/dev/login</c> (only in
/// <see cref="AuthMode.Development"/> in the Development environment), or nobody; never on an anonymous path.
/// </summary>
public sealed class CurrentUserResolver(IOptions<AuthOptions> options, IHostEnvironment environment, IDataProtectionProvider protection)
{
    public const string CookieName = "huizermaat-login";

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(12);

    private ITimeLimitedDataProtector Protector =>
        protection.CreateProtector("Huizermaat.Approval.DevelopmentLogin").ToTimeLimitedDataProtector();

    /// <summary>True only when <c>/dev/login</c> exists: Development mode in the Development environment.</summary>
    public bool DevelopmentLoginEnabled => options.Value.Mode == AuthMode.Development && environment.IsDevelopment();

    public AuthMode Mode => options.Value.Mode;

    /// <returns>The user, or null when nobody is signed in, and always null on the <see cref="AnonymousPaths"/>.</returns>
    public CurrentUser? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (AnonymousPaths.Contains(request.Path))
        {
            return null;
        }

        return options.Value.Mode switch
        {
            AuthMode.EasyAuth => ClientPrincipal.Parse(request.Headers[ClientPrincipal.HeaderName]),
            AuthMode.Development when DevelopmentLoginEnabled => FromCookie(request),
            _ => null,
        };
    }

    /// <summary>Signs in as a member of staff from the roster (Development only).</summary>
    public void SignInForDevelopment(HttpResponse response, Person person)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(person);
        if (!DevelopmentLoginEnabled)
        {
            throw new InvalidOperationException("The development login exists only in Development.");
        }

        var payload = JsonSerializer.Serialize(new DevelopmentLogin(person.Id, person.Email ?? string.Empty, person.Name));
        response.Cookies.Append(CookieName, Protector.Protect(payload, CookieLifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
            MaxAge = CookieLifetime,
        });
    }

    /// <summary>Signs out of the development login (Development only).</summary>
    public void SignOutForDevelopment(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!DevelopmentLoginEnabled)
        {
            throw new InvalidOperationException("The development login exists only in Development.");
        }

        response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", Secure = response.HttpContext.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }

    private CurrentUser? FromCookie(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value) || value.Length > 4096)
        {
            return null;
        }

        try
        {
            var login = JsonSerializer.Deserialize<DevelopmentLogin>(Protector.Unprotect(value));
            if (login is null || string.IsNullOrEmpty(login.PersonId))
            {
                return null;
            }

            var isOperator = options.Value.DevelopmentOperators.Contains(login.Email, StringComparer.OrdinalIgnoreCase);
            return new CurrentUser(login.Email.ToLowerInvariant(), login.Name, isOperator) { PersonId = login.PersonId };
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record DevelopmentLogin(string PersonId, string Email, string Name);
}
