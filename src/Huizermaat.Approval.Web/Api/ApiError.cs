using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Api;

/// <summary>
/// An API error body: <c>{"error": "…", "message": "…"}</c>: <c>error</c> in English for the tools that call the
/// API, <c>message</c> in Dutch for the person in front of the form (null when there is nothing to tell them).
/// </summary>
public sealed record ApiError(string Error, string? Message = null)
{
    public static IResult BadRequest(string error, string? message = null) => Results.BadRequest(new ApiError(error, message));

    public static IResult NotFound(string error, string? message = null) => Results.NotFound(new ApiError(error, message));

    public static IResult TooLarge(string error, string? message = null) =>
        Results.Json(new ApiError(error, message), statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult TooManyRequests() =>
        Results.Json(
            new ApiError("Too many requests: try again in a minute.", "Te veel verzoeken. Probeer het over een minuut opnieuw."),
            statusCode: StatusCodes.Status429TooManyRequests);

    public static IResult Unauthorized(string error, string? message = null) =>
        Results.Json(new ApiError(error, message), statusCode: StatusCodes.Status401Unauthorized);

    public static IResult Forbidden(string error, string? message = null) =>
        Results.Json(new ApiError(error, message), statusCode: StatusCodes.Status403Forbidden);

    public static IResult Conflict(string error, string? message = null) =>
        Results.Json(new ApiError(error, message), statusCode: StatusCodes.Status409Conflict);
}
