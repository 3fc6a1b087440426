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
