using System.Globalization;
using System.Text.Json;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>
/// The body of <c>POST /api/drafts</c>: the draft shape of the <c>check</c> command plus <c>"mediaIds"</c> (aligned
/// with <c>"media"</c>), optional <c>"publishAt"</c> (ISO 8601) and <c>"askManagerAdvice"</c>.
/// </summary>
public sealed record DraftRequest(Draft Draft, IReadOnlyList<string> MediaIds, DateTimeOffset? PublishAt, bool AskManagerAdvice)
{
    /// <exception cref="DraftFormatException">The body is not such a draft; the message names the field.</exception>
    public static DraftRequest Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DraftFormatException($"not valid JSON ({e.Message.Split(". ")[0].TrimEnd('.')})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var draft = DraftJson.Read(root);
            var mediaIds = new List<string>();
            if (root.TryGetProperty("mediaIds", out var ids) && ids.ValueKind != JsonValueKind.Null)
            {
                if (ids.ValueKind != JsonValueKind.Array)
                {
                    throw new DraftFormatException("\"mediaIds\" must be an array of media ids");
                }

                foreach (var id in ids.EnumerateArray())
                {
                    var value = id.ValueKind == JsonValueKind.String ? id.GetString() : null;
                    if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
                    {
                        throw new DraftFormatException("\"mediaIds\" must hold the ids that POST /api/media returned");
                    }

                    mediaIds.Add(value);
                }
            }

            if (mediaIds.Count != draft.Media.Count)
            {
                throw new DraftFormatException($"\"mediaIds\" has {mediaIds.Count} ids for {draft.Media.Count} media items; they must be aligned");
            }

            DateTimeOffset? publishAt = null;
            if (root.TryGetProperty("publishAt", out var at) && at.ValueKind != JsonValueKind.Null)
            {
                if (at.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    throw new DraftFormatException("\"publishAt\" must be an ISO 8601 date and time, such as \"2026-05-01T09:00:00+02:00\"");
                }

                publishAt = parsed;
            }

            var advice = root.TryGetProperty("askManagerAdvice", out var a) && a.ValueKind == JsonValueKind.True;
            return new DraftRequest(draft, mediaIds, publishAt, advice);
        }
    }
}
