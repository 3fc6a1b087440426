using System.Net;
using System.Text;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>The limits every host applies inside the handlers: per address on links, per user on submissions.</summary>
public sealed class RequestLimiterTests
{
    private readonly RequestLimiter limiter = new(
        Options.Create(new RateLimits { LinkRequestsPerMinute = 2, SubmissionsPerMinute = 2 }),
        new CurrentUserResolver(
            Options.Create(new AuthOptions { Mode = AuthMode.EasyAuth }),
            new HostingEnvironment { EnvironmentName = "Production" },
            new EphemeralDataProtectionProvider()));

    [Fact]
    public void Link_requests_past_the_limit_from_one_address_are_refused_and_another_address_goes_on()
    {
        Assert.True(limiter.AllowLink(Request("10.0.0.1")));
        Assert.True(limiter.AllowLink(Request("10.0.0.1")));
        Assert.False(limiter.AllowLink(Request("10.0.0.1")));
        Assert.True(limiter.AllowLink(Request("10.0.0.2")));
    }

    [Fact]
    public void Submissions_are_counted_per_signed_in_user_whatever_their_address()
    {
        Assert.True(limiter.AllowSubmission(Request("10.0.0.1", "a@huizermaat.nl")));
        Assert.True(limiter.AllowSubmission(Request("10.0.0.2", "a@huizermaat.nl")));
        Assert.False(limiter.AllowSubmission(Request("10.0.0.3", "a@huizermaat.nl")));
        Assert.True(limiter.AllowSubmission(Request("10.0.0.3", "b@huizermaat.nl")));
    }

    private static HttpRequest Request(string address, string? email = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (email is not null)
        {
            var principal = $$"""{"claims":[{"typ":"preferred_username","val":"{{email}}"}]}""";
            context.Request.Headers[ClientPrincipal.HeaderName] = Convert.ToBase64String(Encoding.UTF8.GetBytes(principal));
        }

        return context.Request;
    }
}
