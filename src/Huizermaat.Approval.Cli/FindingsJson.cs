using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Cli;

/// <summary>
/// The <c>check</c> command's output for one draft:
/// <c>{"findings":[{"rule","severity","message","start","length","suggestedFix","contested"}]}</c>
/// (the last four only when they apply; <c>contested</c> is the author's reason for contesting a block), or <c>{"error": …}</c> for a line that is not a draft.
/// </summary>
public static class FindingsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Build(writer =>
        {
            writer.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", finding.Rule);
                writer.WriteString("severity", SeverityName(finding.Severity));
                writer.WriteString("message", finding.Message);
                if (finding.Start is { } start && finding.Length is { } length)
                {
                    writer.WriteNumber("start", start);
                    writer.WriteNumber("length", length);
                }

                if (finding.SuggestedFix is { } fix)
                {
                    writer.WriteString("suggestedFix", fix);
                }

                if (finding.Contest is { } contest)
                {
                    writer.WriteString("contested", contest.Reason);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    public static string WriteError(string message) => Build(writer => writer.WriteString("error", message));

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Block => "block",
        Severity.Warn => "warn",
        _ => "info",
    };

    private static string Build(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
