using System.Text.Json;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>
/// The <c>functions.metadata</c> file that the Functions SDK writes next to the app at build time: the list
/// of functions and their trigger bindings that the Functions host indexes. Read here to compare the app's
/// function set with the expected contract (and, once it exists, with the local host's route table and
/// registered Durable Task names).
/// </summary>
public sealed class FunctionsMetadata
{
    public const string FileName = "functions.metadata";

    private FunctionsMetadata(IReadOnlyList<FunctionTrigger> triggers) => Triggers = triggers;

    /// <summary>One entry per function: its trigger binding.</summary>
    public IReadOnlyList<FunctionTrigger> Triggers { get; }

    /// <summary>HTTP functions as (method, route) pairs, methods upper case, routes with a leading slash.</summary>
    public IReadOnlySet<HttpEndpoint> HttpEndpoints =>
        Triggers.Where(t => t.Kind == TriggerKinds.Http)
            .SelectMany(t => t.Methods.Select(m => new HttpEndpoint(m.ToUpperInvariant(), "/" + t.Route!.TrimStart('/'))))
            .ToHashSet();

    /// <summary>Names of functions with the given trigger kind (orchestrations, activities and entities are registered under them).</summary>
    public IReadOnlySet<string> NamesOf(string triggerKind) =>
        Triggers.Where(t => t.Kind == triggerKind).Select(t => t.FunctionName).ToHashSet(StringComparer.Ordinal);

    public static FunctionsMetadata Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} does not exist: build the Functions app first (the Functions SDK writes {FileName} at build time).", path);
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static FunctionsMetadata Parse(Stream json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{source} must hold a JSON array of functions.");
            }

            return new FunctionsMetadata(document.RootElement.EnumerateArray().Select(f => ReadTrigger(f, source)).ToList());
        }
    }

    private static FunctionTrigger ReadTrigger(JsonElement function, string source)
    {
        var name = RequiredString(function, "name", source, "a function");
        if (!function.TryGetProperty("bindings", out var bindings) || bindings.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{source}: function '{name}' has no bindings array.");
        }

        var triggers = bindings.EnumerateArray()
            .Where(b => b.TryGetProperty("type", out var type) && type.GetString()!.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidDataException($"{source}: function '{name}' has {triggers.Count} trigger bindings; a function has exactly one.");
        }

        var trigger = triggers[0];
        var kind = RequiredString(trigger, "type", source, $"function '{name}'s trigger");
        var methods = trigger.TryGetProperty("methods", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        var route = trigger.TryGetProperty("route", out var r) ? r.GetString() : null;
        if (kind == TriggerKinds.Http && (route is null || methods.Count == 0))
        {
            throw new InvalidDataException(
                $"{source}: HTTP function '{name}' must name its route and methods (an implicit route or 'any method' is not part of the contract).");
        }

        var authLevel = trigger.TryGetProperty("authLevel", out var a) ? a.GetString() : null;
        return new FunctionTrigger(name, kind, route, methods, authLevel);
    }

    private static string RequiredString(JsonElement element, string property, string source, string what) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(value.GetString())
            ? value.GetString()!
            : throw new InvalidDataException($"{source}: {what} has no '{property}'.");
}
