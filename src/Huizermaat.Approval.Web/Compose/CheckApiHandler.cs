using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Compose;

/// <summary>
/// <c>POST /api/check</c>: the protocol checks for a draft (the shape of the <c>check</c> command), for the
/// form's live feedback: for staff in the roster only, from the app's own pages, rate-limited per user
/// (<c>RateLimits:ChecksPerMinute</c>). Changes nothing.
/// </summary>
public sealed class CheckApiHandler(ProtocolChecker checker, StaffAccess staff, RequestLimiter limiter, SameOriginPolicy sameOrigin)
{
    public const string Route = "api/check";

    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: true).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (!limiter.AllowCheck(request))
        {
            return ApiError.TooManyRequests();
        }

        if (sameOrigin.Refusal(request, "application/json") is { } crossSite)
        {
            return crossSite;
        }

        var body = await RequestBody.ReadTextAsync(request, RequestBody.MaxJsonBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return ApiError.TooLarge($"The request body is larger than {RequestBody.MaxJsonBytes:N0} bytes.");
        }

        Draft draft;
        try
        {
            draft = DraftJson.Parse(body);
        }
        catch (DraftFormatException e)
        {
            return ApiError.BadRequest($"Not a valid draft: {e.Message}.");
        }

        var findings = checker.Check(draft).Select(FindingView.From).ToList();
        var lengths = ChannelRules.All.Keys.ToDictionary(c => c.ToName(), c => PostLength.Of(draft.Text, c));
        return Results.Ok(new CheckResponse(findings, lengths));
    }
}
