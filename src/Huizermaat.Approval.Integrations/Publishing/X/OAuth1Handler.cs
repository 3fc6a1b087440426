using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.X;

/// <summary>Signs every request (each retry anew, with a fresh nonce and timestamp) with the account's OAuth 1.0a credentials.</summary>
internal sealed class OAuth1Handler(IOptions<XOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var header = await OAuth1Signer.AuthorizationHeaderAsync(request, options.Value, nonce, time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken).ConfigureAwait(false);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", header);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
