using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// The first operator of a new deployment: the roster is empty, and they get in by their Entra app role alone.
/// </summary>
public sealed partial class FirstOperatorTests(EmptyDeployedApp app) : IClassFixture<EmptyDeployedApp>
{
    private const string OperatorEmail = "c.peters@huizermaat.nl";
    private static readonly string Operator = Invocations.Principal(OperatorEmail, "Carla Peters", "9a1d5c3e-2b4f-4c6d-8e0f-1a2b3c4d5e6f", "operator");

    [Fact]
    public async Task An_operator_who_is_in_no_roster_opens_Beheer_and_sees_the_first_steps()
    {
        var answer = await app.InvokeAsync("GET", "/beheer", Operator, (r, d) => AdminFunctions.Dashboard(r, d));

        Assert.Equal(200, answer.Status);
        Assert.Contains("Eerste stappen", answer.Body, StringComparison.Ordinal);
        Assert.Contains("Importeer de personeels- en leerlingenlijst", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_operator_role_Beheer_is_closed_even_on_an_empty_deployment()
    {
        var someone = Invocations.Principal("d.bos@huizermaat.nl", "Dirk Bos", "9a1d5c3e-2b4f-4c6d-8e0f-1a2b3c4d5e70");

        var answer = await app.InvokeAsync("GET", "/beheer", someone, (r, d) => AdminFunctions.Dashboard(r, d));

        Assert.Equal(403, answer.Status);
        Assert.Contains("alleen voor het communicatieteam", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_sends_a_test_mail_to_their_own_address_and_the_readiness_page_says_so()
    {
        var page = await app.InvokeAsync("GET", "/beheer/gereedheid", Operator, (r, d) => AdminFunctions.Readiness(r, d));
        Assert.Equal(200, page.Status);
        Assert.Contains("niet ingesteld", page.Body, StringComparison.Ordinal);
        var token = AntiforgeryField().Match(page.Body).Groups[1].Value;

        var sent = await app.InvokeAsync("POST", "/beheer/testmail", Operator, (request, durable) =>
        {
            request.ContentType = "application/x-www-form-urlencoded";
            request.Form = new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, StringValues> { ["__af"] = token });
            return AdminFunctions.TestMail(request, durable);
        }, cookies: page.Cookies);

        Assert.Equal(200, sent.Status);
        Assert.Contains("Laatste testmail verstuurd aan " + OperatorEmail, sent.Body, StringComparison.Ordinal);
        var (from, html) = await app.SendGrid.MailToAsync(OperatorEmail);
        Assert.Equal(DeployedSettings.MailFrom, from);
        Assert.Contains("testbericht", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_answer_asks_the_browser_for_https_only_and_the_form_cookie_is_secure()
    {
        var page = await app.InvokeAsync("GET", "/beheer/gereedheid", Operator, (r, d) => AdminFunctions.Readiness(r, d));
        var denied = await app.InvokeAsync("GET", "/beheer", null, (r, d) => AdminFunctions.Dashboard(r, d));

        Assert.Equal("max-age=31536000", page.Headers["Strict-Transport-Security"]);
        Assert.Equal("max-age=31536000", denied.Headers["Strict-Transport-Security"]);
        var formCookie = page.Headers["Set-Cookie"];
        Assert.Contains("huizermaat-af=", formCookie, StringComparison.Ordinal);
        Assert.Contains("secure", formCookie, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
