using System.Text.Json;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Drafts;

/// <summary>
/// Reads the draft shape shared by the <c>check</c> command and the HTTP API:
/// <c>{"text", "capacity", "channels", "acknowledgedPermanence", "media": [...], "contests": [...]}</c>.
/// Every problem becomes a <see cref="DraftFormatException"/> that names the field.
/// </summary>
public static class DraftJson
{
    /// <summary>The longest text any network accepts (Facebook's 63,206 characters), rounded up.</summary>
    public const int MaxTextLength = 65_536;

    public const int MaxMediaItems = 20;

    /// <summary>The most faces one item may list (the detector keeps the largest this many).</summary>
    public const int MaxFacesPerItem = 100;

    private const int MaxPeoplePerItem = 200;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static Draft Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new DraftFormatException($"not valid JSON ({FirstSentence(e.Message)})", e);
        }
        catch (ArgumentException e)
        {
            // The text holds an unpaired UTF-16 surrogate, which has no UTF-8 form.
            throw new DraftFormatException("not valid text (it holds an unpaired surrogate character)", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static Draft Read(JsonElement root)
    {
        try
        {
            return ReadDraft(root);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json compares a name with an escaped surrogate without its pair only by failing.
            throw new DraftFormatException("a field name holds an unpaired surrogate (an escaped \\uD800–\\uDFFF without its pair)", e);
        }
    }

    private static Draft ReadDraft(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DraftFormatException($"a draft must be a JSON object, not {Describe(root.ValueKind)}");
        }

        var text = RequiredString(root, "text");
        if (text.Length > MaxTextLength)
        {
            throw new DraftFormatException(
                $"\"text\" has {text.Length:N0} characters; a draft may have at most {MaxTextLength:N0}");
        }

        return new Draft(
            text,
            ReadCapacity(root),
            ReadChannels(root),
            OptionalBoolean(root, "acknowledgedPermanence", "acknowledgedPermanence") ?? false,
            ReadMedia(root))
        {
            Contests = ReadContests(root),
        };
    }

    /// <summary><c>"contests": [{"rule", "quote", "reason"}]</c>: the blocks the author contests (see <see cref="Contest"/>).</summary>
    private static List<Contest> ReadContests(JsonElement root)
    {
        if (!root.TryGetProperty("contests", out var contests) || contests.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (contests.ValueKind != JsonValueKind.Array)
        {
            throw new DraftFormatException($"\"contests\" must be an array, not {Describe(contests.ValueKind)}");
        }

        if (contests.GetArrayLength() > Contest.MaxPerDraft)
        {
            throw new DraftFormatException($"\"contests\" has {contests.GetArrayLength()} items; a draft may have at most {Contest.MaxPerDraft}");
        }

        var result = new List<Contest>();
        var index = 0;
        foreach (var element in contests.EnumerateArray())
        {
            var path = $"contests[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new DraftFormatException($"\"{path}\" must be an object, not {Describe(element.ValueKind)}");
            }

            var rule = OptionalString(element, "rule", $"{path}.rule") ?? throw new DraftFormatException($"\"{path}.rule\" is missing");
            if (!Checks.Contests.IsContestable(rule))
            {
                throw new DraftFormatException(
                    $"\"{path}.rule\" \"{Truncate(rule)}\" cannot be contested (only {string.Join(", ", Checks.Contests.Contestable.Order(StringComparer.Ordinal))})");
            }

            var quote = OptionalString(element, "quote", $"{path}.quote");
            if (quote is { Length: > Contest.MaxQuoteLength })
            {
                throw new DraftFormatException($"\"{path}.quote\" has {quote.Length:N0} characters; at most {Contest.MaxQuoteLength} are allowed");
            }

            var reason = OptionalString(element, "reason", $"{path}.reason")?.Trim();
            if (string.IsNullOrEmpty(reason))
            {
                throw new DraftFormatException($"\"{path}.reason\" is missing: say why the finding is wrong");
            }

            if (reason.Length > Contest.MaxReasonLength)
            {
                throw new DraftFormatException($"\"{path}.reason\" has {reason.Length:N0} characters; at most {Contest.MaxReasonLength} are allowed");
            }

            result.Add(new Contest(rule, quote, reason));
        }

        return result;
    }

    private static Capacity? ReadCapacity(JsonElement root)
    {
        var value = OptionalString(root, "capacity", "capacity");
        return value switch
        {
            null or "" => null,
            "official" => Capacity.Official,
            "personal" => Capacity.Personal,
            _ => throw new DraftFormatException(
                $"unknown capacity \"{Truncate(value)}\" (expected \"official\" or \"personal\")"),
        };
    }

    private static List<Channel> ReadChannels(JsonElement root)
    {
        if (!root.TryGetProperty("channels", out var channels) || channels.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (channels.ValueKind != JsonValueKind.Array)
        {
            throw new DraftFormatException($"\"channels\" must be an array of channel names, not {Describe(channels.ValueKind)}");
        }

        var result = new List<Channel>();
        foreach (var element in channels.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw new DraftFormatException($"\"channels\" must hold channel names, not {Describe(element.ValueKind)}");
            }

            var name = StringOf(element, "channels");
            var channel = ChannelNames.Parse(name)
                ?? throw new DraftFormatException(
                    $"unknown channel \"{Truncate(name)}\" (expected one of {string.Join(", ", ChannelNames.All.Select(n => $"\"{n}\""))})");
            if (!result.Contains(channel))
            {
                result.Add(channel);
            }
        }

        return result;
    }

    private static List<MediaItem> ReadMedia(JsonElement root)
    {
        if (!root.TryGetProperty("media", out var media) || media.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (media.ValueKind != JsonValueKind.Array)
        {
            throw new DraftFormatException($"\"media\" must be an array, not {Describe(media.ValueKind)}");
        }

        if (media.GetArrayLength() > MaxMediaItems)
        {
            throw new DraftFormatException($"\"media\" has {media.GetArrayLength()} items; a draft may have at most {MaxMediaItems}");
        }

        var items = new List<MediaItem>();
        var index = 0;
        foreach (var element in media.EnumerateArray())
        {
            items.Add(ReadMediaItem(element, $"media[{index}]"));
            index++;
        }

        return items;
    }

    private static MediaItem ReadMediaItem(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new DraftFormatException($"\"{path}\" must be an object, not {Describe(item.ValueKind)}");
        }

        var kindName = OptionalString(item, "kind", $"{path}.kind")
            ?? throw new DraftFormatException($"\"{path}.kind\" is missing (expected \"photo\", \"video\" or \"audio\")");
        var kind = kindName switch
        {
            "photo" => MediaKind.Photo,
            "video" => MediaKind.Video,
            "audio" => MediaKind.Audio,
            _ => throw new DraftFormatException(
                $"unknown \"{path}.kind\" \"{Truncate(kindName)}\" (expected \"photo\", \"video\" or \"audio\")"),
        };

        return new MediaItem(
            kind,
            OptionalString(item, "fileName", $"{path}.fileName") ?? string.Empty,
            ReadPeople(item, path),
            OptionalBoolean(item, "noIdentifiablePeople", $"{path}.noIdentifiablePeople") ?? false,
            OptionalBoolean(item, "ownWork", $"{path}.ownWork") ?? false,
            OptionalString(item, "creator", $"{path}.creator"),
            OptionalBoolean(item, "creatorPermission", $"{path}.creatorPermission") ?? false,
            ReadFaces(item, path));
    }

    /// <summary>
    /// <c>"faces": [{"x","y","width","height","confidence","assignment","person"}]</c>: the boxes as the upload answered
    /// them (normalised 0 to 1) and what the author said: <c>"assignment"</c> absent or null (not yet),
    /// <c>"person"</c> with <c>"person"</c> the person's id, <c>"blur"</c> or <c>"unrecognisable"</c>.
    /// </summary>
    private static List<MediaFace>? ReadFaces(JsonElement item, string path)
    {
        if (!item.TryGetProperty("faces", out var faces) || faces.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (faces.ValueKind != JsonValueKind.Array)
        {
            throw new DraftFormatException($"\"{path}.faces\" must be an array of faces, not {Describe(faces.ValueKind)}");
        }

        if (faces.GetArrayLength() > MaxFacesPerItem)
        {
            throw new DraftFormatException($"\"{path}.faces\" lists more than {MaxFacesPerItem} faces");
        }

        var result = new List<MediaFace>();
        var index = 0;
        foreach (var face in faces.EnumerateArray())
        {
            result.Add(ReadFace(face, $"{path}.faces[{index}]"));
            index++;
        }

        return result;
    }

    private static MediaFace ReadFace(JsonElement face, string path)
    {
        if (face.ValueKind != JsonValueKind.Object)
        {
            throw new DraftFormatException($"\"{path}\" must be an object, not {Describe(face.ValueKind)}");
        }

        var x = Fraction(face, "x", path) ?? throw new DraftFormatException($"\"{path}.x\" is missing");
        var y = Fraction(face, "y", path) ?? throw new DraftFormatException($"\"{path}.y\" is missing");
        var width = Fraction(face, "width", path) ?? throw new DraftFormatException($"\"{path}.width\" is missing");
        var height = Fraction(face, "height", path) ?? throw new DraftFormatException($"\"{path}.height\" is missing");
        if (x + width > 1.001 || y + height > 1.001)
        {
            throw new DraftFormatException($"\"{path}\" reaches outside the photo (x + width and y + height must be at most 1)");
        }

        var box = new FaceBox(x, y, width, height, Fraction(face, "confidence", path) ?? 1);
        var person = OptionalString(face, "person", $"{path}.person");
        var resolution = OptionalString(face, "assignment", $"{path}.assignment") switch
        {
            null or "" => FaceResolution.Unresolved,
            "person" => FaceResolution.Person,
            "blur" => FaceResolution.Blur,
            "unrecognisable" => FaceResolution.Unrecognisable,
            var other => throw new DraftFormatException(
                $"unknown \"{path}.assignment\" \"{Truncate(other)}\" (expected \"person\", \"blur\" or \"unrecognisable\")"),
        };
        if (resolution == FaceResolution.Person && string.IsNullOrWhiteSpace(person))
        {
            throw new DraftFormatException($"\"{path}.person\" is missing: \"assignment\": \"person\" needs the person's id");
        }

        if (resolution != FaceResolution.Person && person is not null)
        {
            throw new DraftFormatException($"\"{path}.person\" is only for \"assignment\": \"person\"");
        }

        return new MediaFace(box, resolution, person);
    }

    /// <summary>An optional number from 0 to 1.</summary>
    private static double? Fraction(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number is >= 0 and <= 1
            ? number
            : throw new DraftFormatException($"\"{path}.{name}\" must be a number from 0 to 1");
    }

    private static List<string> ReadPeople(JsonElement item, string path)
    {
        if (!item.TryGetProperty("people", out var people) || people.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (people.ValueKind != JsonValueKind.Array)
        {
            throw new DraftFormatException($"\"{path}.people\" must be an array of person ids, not {Describe(people.ValueKind)}");
        }

        if (people.GetArrayLength() > MaxPeoplePerItem)
        {
            throw new DraftFormatException($"\"{path}.people\" lists more than {MaxPeoplePerItem} people");
        }

        var result = new List<string>();
        foreach (var person in people.EnumerateArray())
        {
            var id = person.ValueKind == JsonValueKind.String ? StringOf(person, $"{path}.people") : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new DraftFormatException($"\"{path}.people\" must hold non-empty person ids");
            }

            result.Add(id);
        }

        return result;
    }

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name, name) ?? throw new DraftFormatException($"\"{name}\" is missing");

    private static string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? StringOf(value, path)
            : throw new DraftFormatException($"\"{path}\" must be a string, not {Describe(value.ValueKind)}");
    }

    /// <summary>A JSON string's value; an escaped surrogate without its pair (<c>"\uD800"</c>) is no text and is refused.</summary>
    private static string StringOf(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new DraftFormatException($"\"{path}\" holds an unpaired surrogate (an escaped \\uD800–\\uDFFF without its pair)", e);
        }
    }

    private static bool? OptionalBoolean(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new DraftFormatException($"\"{path}\" must be true or false, not {Describe(value.ValueKind)}"),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Truncate(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
