using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>Imports a roster CSV file into storage: all of it, or (on any error) nothing.</summary>
public sealed class RosterImporter(RosterStore store)
{
    /// <exception cref="RosterImportException">The file has errors, every one named; nothing was stored.</exception>
    public async Task<Roster> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var roster = RosterCsv.Parse(csv);
        await store.SaveAsync(roster, cancellationToken);
        return roster;
    }
}
