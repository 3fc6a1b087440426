using System.Threading.RateLimiting;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web;

/// <summary>
/// Fixed one-minute windows per client address (link pages) and per signed-in user (submissions, uploads). The
/// handlers ask first, so both hosts limit alike; the count is per process (one Flex instance or the local host).
/// </summary>
public sealed class RequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpRequest> links;
    private readonly PartitionedRateLimiter<HttpRequest> submissions;

    public RequestLimiter(IOptions<RateLimits> options, CurrentUserResolver users)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        links = PartitionedRateLimiter.Create<HttpRequest, string>(request => Window(Address(request), settings.LinkRequestsPerMinute));
        submissions = PartitionedRateLimiter.Create<HttpRequest, string>(request =>
            Window(users.Resolve(request) is { } user ? "user:" + user.Email : Address(request), settings.SubmissionsPerMinute));
    }

    /// <returns>True when the request may go on.</returns>
    public bool AllowLink(HttpRequest request) => Allow(links, request);

    /// <returns>True when the request may go on.</returns>
    public bool AllowSubmission(HttpRequest request) => Allow(submissions, request);

    public void Dispose()
    {
        links.Dispose();
        submissions.Dispose();
    }

    private static bool Allow(PartitionedRateLimiter<HttpRequest> limiter, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = limiter.AttemptAcquire(request);
        return lease.IsAcquired;
    }

    private static string Address(HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
