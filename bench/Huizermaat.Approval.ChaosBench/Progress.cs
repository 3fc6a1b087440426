using System.Globalization;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>Progress lines on standard error, so that standard output holds only the report.</summary>
internal static class Progress
{
    public static void Say(string line) =>
        Console.Error.WriteLine($"[{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {line}");
}
