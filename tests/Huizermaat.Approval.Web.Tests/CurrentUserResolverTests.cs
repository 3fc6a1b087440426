using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Tests;

public sealed class CurrentUserResolverTests
{
    private static readonly Person Anna = new("anna", PersonKind.Staff, "Anna de Vries", "anna.devries@huizermaat.nl");

    private readonly EphemeralDataProtectionProvider protection = new();

    [Fact]
    public void The_development_login_signs_in_with_its_cookie_in_development()
    {
        var resolver = Resolver(AuthMode.Development, Environments.Development);

        var user = resolver.Resolve(RequestWith(LoginCookie(resolver)));

        Assert.Equal(new CurrentUser("anna.devries@huizermaat.nl", "Anna de Vries", false) { PersonId = "anna" }, user);
    }

    [Fact]
    public void The_development_login_does_not_exist_outside_the_development_environment()
    {
        var development = Resolver(AuthMode.Development, Environments.Development);
        var cookie = LoginCookie(development);
        var production = Resolver(AuthMode.Development, Environments.Production);

        Assert.False(production.DevelopmentLoginEnabled);
        Assert.Null(production.Resolve(RequestWith(cookie)));
        Assert.Throws<InvalidOperationException>(() => production.SignInForDevelopment(new DefaultHttpContext().Response, Anna));
    }

    [Fact]
    public void Under_easy_auth_a_development_cookie_counts_for_nothing()
    {
        var development = Resolver(AuthMode.Development, Environments.Development);
        var easyAuth = Resolver(AuthMode.EasyAuth, Environments.Development);

        Assert.Null(easyAuth.Resolve(RequestWith(LoginCookie(development))));
    }

    [Fact]
    public void A_tampered_cookie_signs_nobody_in()
    {
        var resolver = Resolver(AuthMode.Development, Environments.Development);
        var cookie = LoginCookie(resolver);

        Assert.Null(resolver.Resolve(RequestWith(cookie[..^4] + "AAAA")));
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/link/abc")]
    [InlineData("/link/abc/media/def")]
    [InlineData("/LINK/abc")]
    [InlineData("/assets/site.css")]
    [InlineData("/api/mail/events")]
    public void On_a_path_open_without_sign_in_no_principal_header_or_cookie_signs_anyone_in(string path)
    {
        var easyAuth = Resolver(AuthMode.EasyAuth, Environments.Production);
        var development = Resolver(AuthMode.Development, Environments.Development);
        var withHeader = RequestWithPrincipal(path);
        var withCookie = RequestWith(LoginCookie(development));
        withCookie.Path = path;

        Assert.Null(easyAuth.Resolve(withHeader));
        Assert.Null(development.Resolve(withCookie));
    }

    [Theory]
    [InlineData("/api/media")]
    [InlineData("/api/media/abc/thumbnail")]
    [InlineData("/berichten")]
    [InlineData("/beheer")]
    [InlineData("/linked")]
    [InlineData("/api/healthy")]
    public void On_a_guarded_path_the_principal_header_signs_in_with_the_entra_object_id(string path)
    {
        var user = Resolver(AuthMode.EasyAuth, Environments.Production).Resolve(RequestWithPrincipal(path));

        Assert.Equal("anna.devries@huizermaat.nl", user?.Email);
        Assert.Equal("0c0f4a52-1d7e-4f59-9d71-3a5f0e7a0001", user?.ObjectId);
    }

    private static HttpRequest RequestWithPrincipal(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.Headers[ClientPrincipal.HeaderName] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = new[]
            {
                new { typ = "preferred_username", val = "anna.devries@huizermaat.nl" },
                new { typ = "name", val = "Anna de Vries" },
                new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = "0C0F4A52-1D7E-4F59-9D71-3A5F0E7A0001" },
            },
        })));
        return context.Request;
    }

    private CurrentUserResolver Resolver(AuthMode mode, string environment) => new(
        Options.Create(new AuthOptions { Mode = mode }),
        new HostingEnvironment { EnvironmentName = environment },
        protection);

    private static string LoginCookie(CurrentUserResolver resolver)
    {
        var context = new DefaultHttpContext();
        resolver.SignInForDevelopment(context.Response, Anna);
        var header = context.Response.Headers.SetCookie.ToString();
        var value = header[(CurrentUserResolver.CookieName.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
        return Uri.UnescapeDataString(value);
    }

    private static HttpRequest RequestWith(string cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{CurrentUserResolver.CookieName}={Uri.EscapeDataString(cookie)}";
        return context.Request;
    }
}
