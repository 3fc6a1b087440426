using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>
/// Outside Development the app is only ever reached over https (App Service's <c>httpsOnly</c>): every response
/// carries HSTS, so a browser never tries plain http again, and the anti-forgery cookie is <c>Secure</c>. Both hosts
/// apply it to every request before its handler runs (the Functions app in <c>Invocation</c>, the local host in its
/// pipeline). In Development the local host serves plain http on localhost, so neither applies.
/// </summary>
public sealed class TransportSecurity(IHostEnvironment environment) : IConfigureOptions<AntiforgeryOptions>
{
    /// <summary>One year; no subdomains (the school's other sites are not ours to pin), no preload list.</summary>
    public const string HstsValue = "max-age=31536000";

    public bool Enforced => !environment.IsDevelopment();

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Enforced)
        {
            response.Headers.StrictTransportSecurity = HstsValue;
        }
    }

    public void Configure(AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.SecurePolicy = Enforced ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    }
}
