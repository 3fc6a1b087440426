using System.Net.Http.Headers;
using System.Text.Json;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>
/// What the Facebook Page and Instagram publishers share on the Graph API: settings, its error body, deletion, the
/// search for an earlier post after an ambiguous failure, and reading a new post's address.
/// </summary>
public abstract class MetaGraphPublisher<TOptions>(HttpClient http, IMediaStore media, IOptions<TOptions> options)
    : NetworkPublisher(http, media)
    where TOptions : MetaGraphOptions
{
    public override async Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var settings = Settings();
        using var delete = Graph(settings, HttpMethod.Delete, Uri.EscapeDataString(post.PostId));
        await SendAsync(delete, cancellationToken, notFoundIsDone: true).ConfigureAwait(false);
    }

    internal override PublishException ToException(HttpResponseMessage response, string body) =>
        GraphErrors.ToException(Network, response, body);

    protected TOptions Settings()
    {
        var settings = options.Value;
        return settings.IsConfigured ? settings : throw NotConfigured();
    }

    /// <summary>
    /// A request to the Graph API with the access token in the <c>Authorization</c> header (never in the address or the
    /// body, where it would end up in logs, proxies and error reports).
    /// </summary>
    protected static HttpRequestMessage Graph(TOptions settings, HttpMethod method, string pathAndQuery, HttpContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = new HttpRequestMessage(method, settings.Api(pathAndQuery)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        return request;
    }

    /// <summary>A GET on the Graph API (<see cref="Graph"/>).</summary>
    protected static HttpRequestMessage Get(TOptions settings, string pathAndQuery) => Graph(settings, HttpMethod.Get, pathAndQuery);

    /// <summary>The newest posts of <paramref name="edge"/> (e.g. <c>{page}/posts</c>) whose <paramref name="textField"/> is the request's text.</summary>
    protected async Task<PublishedPost?> FindRecentAsync(
        PublishRequest request, string edge, string textField, string urlField, Func<string, string> fallbackUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fallbackUrl);
        using var recent = Get(Settings(), $"{edge}?fields=id,{textField},{urlField}&limit=25");
        var posts = (await SendAsync(recent, cancellationToken).ConfigureAwait(false)).Json;
        if (!posts.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return data.EnumerateArray()
            .Where(p => PostText.Same(Text(p, textField), request.Text))
            .Select(p => new PublishedPost(Channel, Required(p, "id"), new Uri(Text(p, urlField) ?? fallbackUrl(Required(p, "id")))))
            .FirstOrDefault();
    }

    /// <summary>
    /// The address of a post that exists now, or null: failing to read it must not fail the publication (a retry
    /// would duplicate the post).
    /// </summary>
    protected async Task<string?> PermalinkAsync(string postId, string urlField, CancellationToken cancellationToken)
    {
        try
        {
            using var permalink = Get(Settings(), $"{Uri.EscapeDataString(postId)}?fields={urlField}");
            return Text((await SendAsync(permalink, cancellationToken).ConfigureAwait(false)).Json, urlField);
        }
        catch (PublishException)
        {
            return null;
        }
    }
}
