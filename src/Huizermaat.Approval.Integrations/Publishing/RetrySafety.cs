namespace Huizermaat.Approval.Integrations.Publishing;

/// <summary>
/// Which requests the HTTP retry handler may repeat by itself: reads, deletes, uploads by PUT, and POSTs that are
/// marked safe (a media upload, whose duplicate is harmless, or a post carrying an idempotency key). A POST that
/// creates a post without an idempotency key is never repeated blindly: the workflow searches for it first.
/// </summary>
internal static class RetrySafety
{
    private static readonly HttpRequestOptionsKey<bool> SafeKey = new("Huizermaat.RetrySafe");

    public static HttpRequestMessage MarkRetrySafe(this HttpRequestMessage request)
    {
        request.Options.Set(SafeKey, true);
        return request;
    }

    public static bool IsRetrySafe(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete || request.Method == HttpMethod.Put
            || (request.Options.TryGetValue(SafeKey, out var safe) && safe));
}
