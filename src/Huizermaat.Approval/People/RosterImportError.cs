namespace Huizermaat.Approval.People;

/// <summary>
/// One problem in a roster file: the line it is on (1 = the header) and what is wrong, in English (logs, CLI) and
/// in Dutch (<see cref="DutchMessage"/>, the operators' page).
/// </summary>
public sealed record RosterImportError(int Line, string Message, string DutchMessage)
{
    public override string ToString() => $"line {Line}: {Message}";
}
