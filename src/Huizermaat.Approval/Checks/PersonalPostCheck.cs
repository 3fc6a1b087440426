using System.Text.RegularExpressions;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// C.2 and C.3: a personal post about Huizermaat or school matters says that the author works at
/// Huizermaat (C.2) and carries the disclaimer (C.3): the views are the author's own, separate from
/// Huizermaat's official positions, and the author is not responsible for what third parties say.
/// A personal post that has nothing to do with school (D.2) needs neither. Each finding offers the
/// missing sentence as <see cref="Finding.SuggestedFix"/>.
/// </summary>
public sealed partial class PersonalPostCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public const string DisclosureRule = "C.2";
    public const string DisclaimerRule = "C.3";

    public const string DisclosureSentence = "Ik werk bij Huizermaat.";

    public const string OpinionSentence =
        "Dit is mijn persoonlijke mening; die staat los van de officiële standpunten van Huizermaat.";

    public const string ThirdPartiesSentence = "Ik ben niet verantwoordelijk voor de inhoud en uitlatingen van derden.";

    /// <summary>The whole disclaimer in 68 characters, offered when the post goes to X (280 characters in all).</summary>
    public const string ShortDisclaimerSentence = "Eigen mening, los van Huizermaat; niet verantwoordelijk voor derden.";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Draft.Capacity != Capacity.Personal || lexicon.Matches(draft, lexicon.SchoolTopics).Count() == 0)
        {
            yield break;
        }

        var text = DraftText.Fold(draft.Text);
        if (!Disclosure().IsMatch(text))
        {
            yield return new Finding(DisclosureRule, Severity.Block,
                "Je schrijft over school op persoonlijke titel: vermeld dat je bij Huizermaat werkt.",
                SuggestedFix: DisclosureSentence);
        }

        var opinion = OwnOpinion().IsMatch(text) && Separate().IsMatch(text);
        var thirdParties = ThirdParties().IsMatch(text);
        if (!opinion || !thirdParties)
        {
            var (missing, fix) = (opinion, thirdParties) switch
            {
                (false, false) => ("dat dit je persoonlijke mening is, los van de officiële standpunten van Huizermaat, en dat je niet verantwoordelijk bent voor wat derden zeggen",
                    draft.Draft.Channels.Contains(Channel.X) ? ShortDisclaimerSentence : $"{OpinionSentence} {ThirdPartiesSentence}"),
                (false, true) => ("dat dit je persoonlijke mening is, los van de officiële standpunten van Huizermaat", OpinionSentence),
                _ => ("dat je niet verantwoordelijk bent voor de inhoud en uitlatingen van derden", ThirdPartiesSentence),
            };
            yield return new Finding(DisclaimerRule, Severity.Block, $"Voeg de disclaimer toe: zeg {missing}.", SuggestedFix: fix);
        }
    }

    [GeneratedRegex(@"\b(?:(?:ik\s+)?(?:werk|ben\s+werkzaam|werkzaam)\s+(?:\w+\s+){0,2}(?:bij|op|aan|voor)\s+(?:het\s+)?huizermaat|(?:als|ben)\s+(?:\w+\s+){0,2}(?:docent|docente|mentor|medewerker|medewerkster|leraar|lerares|teamleider|concierge|coordinator|collega|directeur|rector|conrector|onderwijsassistent|decaan|afdelingsleider)\w*(?:\s+\w+){0,2}?\s+(?:bij|op|aan|van)\s+(?:het\s+)?huizermaat|(?:medewerker|docent|collega|leraar)\s+(?:bij|op|van|aan)\s+(?:het\s+)?huizermaat|i\s+work\s+(?:at|for)\s+huizermaat|(?:teacher|mentor|employee|staff\s+member)\s+(?:at|of)\s+huizermaat)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"\b(?:(?:persoonlijke|eigen)\s+(?:mening|standpunt|standpunten|opvatting|visie)|op\s+persoonlijke\s+titel|(?:my|personal)\s+(?:own\s+)?(?:views?|opinions?)|views\s+are\s+my\s+own)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex OwnOpinion();

    [GeneratedRegex(@"\b(?:los\s+van|staat\s+los|niet\s+(?:noodzakelijk\s+|per\s+se\s+|altijd\s+)?(?:de|het|die\s+van|dat\s+van)\s+(?:\w+\s+){0,2}standpunt|officiele\s+standpunt|not\s+(?:necessarily\s+)?(?:those|the\s+views?|the\s+positions?)\s+of|separate\s+from)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Separate();

    [GeneratedRegex(@"\bniet\s+verantwoordelijk\s+voor\s+(?:\w+\s+){0,5}(?:derden|anderen)|\bnot\s+responsible\s+for\s+(?:\w+\s+){0,5}(?:third\s+parties|others)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ThirdParties();
}
