using CsvHelper;
using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// A draft's audit trail (A.7) as a CSV file that Dutch Excel opens by double-clicking: fields separated by <c>;</c>,
/// times in Europe/Amsterdam (<c>yyyy-MM-dd HH:mm:ss</c>, which Excel reads as a date and time), UTF-8 with a byte
/// order mark, RFC 4180 quoting. Every text cell that starts with <c>= + - @</c>, a tab or a CR gets a leading
/// <c>'</c> (CsvHelper's injection escape), so no cell is run as a formula. One row per audit entry: the history's
/// Dutch (who by name, what) and, for investigations, the entry's actor, action and English detail as recorded.
/// </summary>
public static class AuditCsv
{
    public static IReadOnlyList<string> Header { get; } = ["tijd", "wie", "wat", "actor", "actie", "details"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static byte[] Write(AuditView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. Header]);
            foreach (var entry in view.Entries)
            {
                csv.WriteRecord(
                    DutchNames.LocalTime(entry.At).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    Who(entry.Actor, view.Names),
                    AdminText.Action(entry.Action),
                    entry.Actor,
                    entry.Action,
                    entry.Detail ?? string.Empty);
            }
        }

        return stream.ToArray();
    }

    private static string Who(string actor, IReadOnlyDictionary<string, string> names) => actor switch
    {
        Workflow.Storage.AuditActors.System => "Het systeem",
        Workflow.Storage.AuditActors.ConsentRegister => "Het toestemmingsregister",
        Workflow.Storage.AuditActors.SendGrid => "De e-maildienst",
        _ => names.GetValueOrDefault(actor, actor),
    };
}
