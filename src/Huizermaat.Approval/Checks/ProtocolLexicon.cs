namespace Huizermaat.Approval.Checks;

/// <summary>All word lists of the checks, loaded once from the files embedded in the core.</summary>
public sealed record ProtocolLexicon(
    WordList Curses,
    WordList MildCurses,
    WordList DiseaseCurses,
    WordList MedicalCompounds,
    WordList NotCurses,
    WordList Insults,
    WordList InsultsAimed,
    WordList Obscenity,
    WordList Health,
    WordList Discipline,
    WordList Grades,
    WordList Confidential,
    WordList InternalMatters,
    WordList SchoolTopics,
    WordList FirstNames,
    WordList NotNames)
{
    public static ProtocolLexicon LoadEmbedded() => new(
        WordList.Load("curses"),
        WordList.Load("mild-curses"),
        WordList.Load("disease-curses"),
        WordList.Load("medical-compounds"),
        WordList.Load("not-curses"),
        WordList.Load("insults"),
        WordList.Load("insults-aimed"),
        WordList.Load("obscenity"),
        WordList.Load("health"),
        WordList.Load("discipline"),
        WordList.Load("grades"),
        WordList.Load("confidential"),
        WordList.Load("internal-matters"),
        WordList.Load("school-topics"),
        WordList.Load("first-names"),
        WordList.Load("not-names"));
}
