using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// Forwards the request target exactly as the client sent it. The storage SDKs sign the escaped path (a row key
/// "consent:p.x" travels as "consent%3Ap.x"); the default transform would re-escape the decoded path differently
/// and Azurite would reject the signature.
/// </summary>
internal sealed class RawTargetTransformer : HttpTransformer
{
    public static RawTargetTransformer Instance { get; } = new();

    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(proxyRequest);
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.RequestUri = new Uri(destinationPrefix + httpContext.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
    }
}
