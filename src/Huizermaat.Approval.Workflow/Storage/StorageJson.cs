using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>How the read model writes JSON: camelCase, enums by name (what the HTTP API shows).</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
