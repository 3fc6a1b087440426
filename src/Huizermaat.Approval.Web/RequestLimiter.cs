using System.Threading.RateLimiting;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web;

/// <summary>
/// Fixed one-minute windows per client address (link pages; <see cref="ClientAddress"/>) and per signed-in user
/// (submissions and uploads; checks of a draft). The
/// handlers ask first, so both hosts limit alike; the count is per process (one Flex instance or the local host).
/// </summary>
public sealed class RequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpRequest> links;
    private readonly PartitionedRateLimiter<HttpRequest> submissions;
    private readonly PartitionedRateLimiter<HttpRequest> checks;

    public RequestLimiter(IOptions<RateLimits> options, CurrentUserResolver users)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        links = PartitionedRateLimiter.Create<HttpRequest, string>(request => Window(Address(request), settings.LinkRequestsPerMinute));
        submissions = PartitionedRateLimiter.Create<HttpRequest, string>(request => Window(UserOrAddress(users, request), settings.SubmissionsPerMinute));
        checks = PartitionedRateLimiter.Create<HttpRequest, string>(request => Window(UserOrAddress(users, request), settings.ChecksPerMinute));
    }

    /// <returns>True when the request may go on.</returns>
    public bool AllowLink(HttpRequest request) => Allow(links, request);

    /// <returns>True when the request may go on.</returns>
    public bool AllowSubmission(HttpRequest request) => Allow(submissions, request);

    /// <returns>True when the request may go on.</returns>
    public bool AllowCheck(HttpRequest request) => Allow(checks, request);

    public void Dispose()
    {
        links.Dispose();
        submissions.Dispose();
        checks.Dispose();
    }

    private static bool Allow(PartitionedRateLimiter<HttpRequest> limiter, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = limiter.AttemptAcquire(request);
        return lease.IsAcquired;
    }

    private static string Address(HttpRequest request) => ClientAddress.Of(request);

    private static string UserOrAddress(CurrentUserResolver users, HttpRequest request) =>
        users.Resolve(request) is { } user ? "user:" + user.Email : Address(request);

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
