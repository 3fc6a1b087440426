namespace Huizermaat.Approval.Checks;

/// <summary>
/// Which word lists of a <see cref="LexiconIndex"/> one normalised word is in (one bit a list): as a whole word
/// or by a prefix (<see cref="Words"/>), as the first word of a phrase (<see cref="PhraseStarts"/>), and which
/// lists have a whole word it starts with and is longer than (<see cref="Beginnings"/>: "kanker" in "kankerweer").
/// </summary>
public readonly record struct WordMask(ulong Words, ulong PhraseStarts, ulong Beginnings);
