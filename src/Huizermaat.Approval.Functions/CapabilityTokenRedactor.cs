using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// Keeps the e-mail links' capability tokens out of telemetry: before a span is exported, <c>/link/{token}</c> and a
/// <c>link=</c> query value in its name and URL attributes become <c>{token}</c>. (The Functions host's own request
/// telemetry leaves out the path: host.json turns off its extended HTTP information.)
/// </summary>
public sealed partial class CapabilityTokenRedactor : BaseProcessor<Activity>
{
    public const string Placeholder = "{token}";

    private static readonly string[] UrlAttributes = ["url.full", "url.path", "url.query", "http.url", "http.target", "http.route"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = Redact(data.DisplayName);
        foreach (var attribute in UrlAttributes)
        {
            if (data.GetTagItem(attribute) is string value)
            {
                data.SetTag(attribute, Redact(value));
            }
        }
    }

    /// <summary>The text with every link token replaced by <see cref="Placeholder"/>.</summary>
    public static string Redact(string text) =>
        string.IsNullOrEmpty(text) ? text : QueryToken().Replace(PathToken().Replace(text, "${prefix}" + Placeholder), "${prefix}" + Placeholder);

    [GeneratedRegex(@"(?<prefix>/link/)[^/?#\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PathToken();

    [GeneratedRegex(@"(?<prefix>[?&]link=)[^&#\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex QueryToken();
}
