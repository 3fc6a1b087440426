namespace Huizermaat.Approval.Checks;

/// <summary>A range of a draft's text, in UTF-16 code units (as JavaScript and .NET count).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
