using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web;

/// <summary>
/// Rate limits per client address (section <c>RateLimits</c>): the public link pages (<see cref="Links"/>) and
/// submissions and uploads (<see cref="Submissions"/>). Enforced by ASP.NET Core's rate limiting middleware in the
/// local host; in the Functions app, by the front door (App Service / Front Door) — see README.
/// </summary>
public sealed class RateLimits
{
    public const string SectionName = "RateLimits";
    public const string Links = "links";
    public const string Submissions = "submissions";

    /// <summary>Requests per minute and address on <c>/link/{token}</c> (GET and POST).</summary>
    public int LinkRequestsPerMinute { get; set; } = 60;

    /// <summary>Drafts, revisions and uploads per minute and user.</summary>
    public int SubmissionsPerMinute { get; set; } = 30;

    public static IServiceCollection AddRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<RateLimits>() ?? new RateLimits();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Links, context => PerAddress(context, settings.LinkRequestsPerMinute));
            limiter.AddPolicy(Submissions, context => PerUser(context, settings.SubmissionsPerMinute));
        });
    }

    /// <summary>Per signed-in user (submissions need one), else per address.</summary>
    private static RateLimitPartition<string> PerUser(HttpContext context, int permits)
    {
        var user = context.RequestServices.GetRequiredService<CurrentUserResolver>().Resolve(context.Request);
        return user is null
            ? PerAddress(context, permits)
            : RateLimitPartition.GetFixedWindowLimiter(
                "user:" + user.Email,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
