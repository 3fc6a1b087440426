using Huizermaat.Approval.Web.Api;

namespace Huizermaat.Approval.Web.Compose;

/// <summary>The body of <c>POST /api/check</c>: the findings, and the text's length per channel counted that network's way.</summary>
public sealed record CheckResponse(IReadOnlyList<FindingView> Findings, IReadOnlyDictionary<string, int> Lengths);
