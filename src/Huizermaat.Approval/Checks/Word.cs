namespace Huizermaat.Approval.Checks;

/// <summary>
/// A word of a draft's text. <see cref="Normalized"/> is lower case without diacritics and, when the
/// writer disguised letters as digits or symbols (<c>k@nker</c>, <c>t3ring</c>), with the letters restored;
/// <see cref="Disguised"/> then says so. A <c>*</c> standing for a letter is kept as <c>*</c>.
/// </summary>
public readonly record struct Word(TextSpan Span, string Normalized, bool Disguised, int Sentence);
