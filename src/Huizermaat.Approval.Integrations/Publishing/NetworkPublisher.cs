using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Integrations.Publishing;

/// <summary>What every network adapter shares: sending a request and turning failures into <see cref="PublishException"/>.</summary>
public abstract class NetworkPublisher(HttpClient http, IMediaStore media) : IPublisher
{
    public abstract Channel Channel { get; }

    /// <summary>The network's name in messages.</summary>
    protected abstract string Network { get; }

    protected HttpClient Http { get; } = http;

    protected IMediaStore Media { get; } = media;

    public abstract Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken);

    public abstract Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken);

    /// <summary>Reads the network's error body and says whether a retry may help.</summary>
    internal abstract PublishException ToException(HttpResponseMessage response, string body);

    /// <param name="notFoundIsDone">A 404 is success (a takedown of a post that is already gone).</param>
    internal async Task<ApiResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken, bool notFoundIsDone = false)
    {
        HttpResponseMessage response;
        try
        {
            response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new PublishException($"{Network} could not be reached: {e.Message}", isTransient: true, innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PublishException($"{Network} did not answer in time; the post may or may not exist.", isTransient: true, innerException: e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (notFoundIsDone && response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return new ApiResponse(default, response.Headers);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ToException(response, body);
            }

            var json = default(JsonElement);
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    using var document = JsonDocument.Parse(body);
                    json = document.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    throw new PublishException($"{Network} answered {(int)response.StatusCode} with a body that is not JSON.", isTransient: true, innerException: e);
                }
            }

            return new ApiResponse(json, response.Headers);
        }
    }

    internal async Task<byte[]> ReadMediaAsync(MediaReference item, CancellationToken cancellationToken)
    {
        var stream = await Media.OpenReadAsync(item.MediaId, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }

    internal static string FileName(MediaReference item) => item.MediaId + item.ContentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "video/mp4" => ".mp4",
        "video/quicktime" => ".mov",
        "audio/mpeg" => ".mp3",
        "audio/mp4" => ".m4a",
        "audio/wav" => ".wav",
        _ => string.Empty,
    };

    internal static string Required(JsonElement json, params string[] path)
    {
        var element = json;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                throw new PublishException($"The network's answer lacks '{string.Join('.', path)}'.", isTransient: false);
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }

    internal static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal PublishException NotConfigured() =>
        new($"{Network} is not configured for the school's account; fill in its settings (see docs/networks.md).", isTransient: false);
}
