using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

/// <summary>Builds drafts for the check tests: an official, acknowledged Facebook post unless told otherwise.</summary>
internal static class Drafts
{
    private static readonly ProtocolChecker Checker = ProtocolChecks.CreateChecker();

    public static Draft Official(string text, params Channel[] channels) =>
        new(text, Capacity.Official, channels.Length == 0 ? [Channel.Facebook] : channels, true, []);

    public static Draft Personal(string text, params Channel[] channels) =>
        Official(text, channels) with { Capacity = Capacity.Personal };

    public static MediaItem Photo(params string[] people) =>
        new(MediaKind.Photo, "foto.jpg", people, NoIdentifiablePeople: people.Length == 0, OwnWork: true);

    public static IReadOnlyList<Finding> Check(Draft draft) => Checker.Check(draft);

    public static IReadOnlyList<Finding> Check(string officialText) => Checker.Check(Official(officialText));

    public static string[] BlockingRules(Draft draft) =>
        [.. Check(draft).Where(f => f.Severity == Severity.Block).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal)];

    public static string[] BlockingRules(string officialText) => BlockingRules(Official(officialText));

    public static string[] Rules(string officialText, Severity severity) =>
        [.. Check(officialText).Where(f => f.Severity == severity).Select(f => f.Rule).Distinct()];
}
