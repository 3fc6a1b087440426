namespace Huizermaat.Approval.Checks;

/// <summary>BD.3: media that is not the author's own work needs its creator and the creator's permission.</summary>
public sealed class CopyrightCheck : IProtocolCheck
{
    public const string Rule = "BD.3";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var item in draft.Draft.Media.Where(static m => !m.OwnWork))
        {
            var name = MediaNames.Describe(item);
            var noCreator = string.IsNullOrWhiteSpace(item.Creator);
            if (noCreator || !item.CreatorPermission)
            {
                var missing = (noCreator, item.CreatorPermission) switch
                {
                    (true, false) => "vermeld wie het gemaakt heeft en bevestig dat die toestemming gaf",
                    (true, true) => "vermeld wie het gemaakt heeft",
                    _ => $"bevestig dat {item.Creator!.Trim()} toestemming gaf",
                };
                yield return new Finding(Rule, Severity.Block, $"{name} is niet je eigen werk: {missing}.");
            }
        }
    }
}
