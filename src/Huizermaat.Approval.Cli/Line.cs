namespace Huizermaat.Approval.Cli;

/// <summary>A line of input: its 1-based number and text, or only its number when it was too long to keep.</summary>
public sealed record Line(int Number, string Text, bool TooLong);
