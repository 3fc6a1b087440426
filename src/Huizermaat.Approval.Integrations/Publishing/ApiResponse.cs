using System.Net.Http.Headers;
using System.Text.Json;

namespace Huizermaat.Approval.Integrations.Publishing;

/// <summary>A successful answer of a network's API: its JSON body (undefined when empty) and headers.</summary>
internal sealed record ApiResponse(JsonElement Json, HttpResponseHeaders Headers);
