namespace Huizermaat.Approval.Checks;

/// <summary>All word lists of the checks, loaded once from the files embedded in the core (Lexicons/README.md).</summary>
public sealed record ProtocolLexicon(
    WordList Slurs,
    WordList Sexual,
    WordList Curses,
    WordList Insults,
    WordList MildVulgarity,
    WordList DiseaseCurses,
    WordList PersonHeads,
    WordList LiteralHeads,
    WordList NotCurses,
    WordList Health,
    WordList Discipline,
    WordList Grades,
    WordList Confidential,
    WordList ConfidentialLabels,
    WordList InternalMatters,
    WordList SchoolTopics,
    WordList FirstNames,
    WordList NotNames)
{
    public static ProtocolLexicon LoadEmbedded() => new(
        WordList.Load("slurs"),
        WordList.Load("sexual"),
        WordList.Load("curses"),
        WordList.Load("insults"),
        WordList.Load("mild"),
        WordList.Load("disease-curses"),
        WordList.Load("person-heads"),
        WordList.Load("literal-heads"),
        WordList.Load("not-curses"),
        WordList.Load("health"),
        WordList.Load("discipline"),
        WordList.Load("grades"),
        WordList.Load("confidential"),
        WordList.Load("confidential-labels"),
        WordList.Load("internal-matters"),
        WordList.Load("school-topics"),
        WordList.Load("first-names"),
        WordList.Load("not-names"));
}
