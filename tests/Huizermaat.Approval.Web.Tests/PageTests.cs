using System.Net;

namespace Huizermaat.Approval.Web.Tests;

public sealed class PageTests(WebApp web) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/berichten/nieuw")]
    public async Task Pages_are_Dutch_html_with_a_strict_content_security_policy_and_no_referrer(string path)
    {
        using var response = await web.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_App_Service_Authentication_the_header_names_who_is_signed_in_and_signs_out_through_the_platform()
    {
        var html = await web.Client.GetStringAsync(new Uri("/berichten/nieuw", UriKind.Relative));

        Assert.Contains("Aangemeld als <strong>Anna de Vries</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/.auth/logout?post_logout_redirect_uri=/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/beheer\"", html, StringComparison.Ordinal); // not an operator
    }

    [Fact]
    public async Task The_development_logout_does_not_exist_outside_the_development_login()
    {
        using var response = await web.Client.GetAsync(new Uri("/dev/logout", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_new_draft_form_offers_every_channel_with_its_limit_and_the_permanence_acknowledgement()
    {
        var html = await web.Client.GetStringAsync(new Uri("/berichten/nieuw", UriKind.Relative));

        Assert.Contains("value=\"x\" data-max=\"280\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"instagram\" data-max=\"2200\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"facebook\" data-max=\"63206\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"acknowledged\"", html, StringComparison.Ordinal);
        Assert.Contains("voor onbepaalde tijd openbaar", html, StringComparison.Ordinal);
        Assert.Contains("/assets/new-draft.js", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/new-draft.js", "text/javascript")]
    [InlineData("/assets/new-draft-checking.js", "text/javascript")]
    public async Task The_app_serves_its_own_assets(string path, string mediaType)
    {
        using var response = await web.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Theory]
    [InlineData("/assets/missing.css")]
    [InlineData("/assets/secrets.json")]
    [InlineData("/assets/..%2Fappsettings.json")]
    public async Task Unknown_or_foreign_assets_are_not_found(string path)
    {
        using var response = await web.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
