using System.Globalization;

namespace Huizermaat.Approval.People;

/// <summary>A Dutch school year, 1 August to 31 July, written "2026-2027".</summary>
public readonly record struct SchoolYear(int StartYear)
{
    public static SchoolYear Of(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        if (text is not { Length: 9 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || end != start + 1)
        {
            return false;
        }

        year = new SchoolYear(start);
        return true;
    }

    public override string ToString() => $"{StartYear}-{StartYear + 1}";
}
