using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>The anti-forgery field a page's forms carry (<see cref="FormTokenField"/> writes it); its cookie goes with the response.</summary>
public sealed record FormToken(string Field, string Value)
{
    public static FormToken Issue(IAntiforgery antiforgery, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(request);
        var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }
}
