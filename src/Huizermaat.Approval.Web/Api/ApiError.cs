using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Api;

/// <summary>An API error body: <c>{"error": "…"}</c>, in English for the tools that call the API.</summary>
public sealed record ApiError(string Error)
{
    public static IResult BadRequest(string message) => Results.BadRequest(new ApiError(message));

    public static IResult NotFound(string message) => Results.NotFound(new ApiError(message));

    public static IResult TooLarge(string message) => Results.Json(new ApiError(message), statusCode: StatusCodes.Status413PayloadTooLarge);
}
