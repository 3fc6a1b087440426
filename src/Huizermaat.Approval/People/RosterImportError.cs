namespace Huizermaat.Approval.People;

/// <summary>One problem in a roster file: the line it is on (1 = the header) and what is wrong, in English.</summary>
public sealed record RosterImportError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
