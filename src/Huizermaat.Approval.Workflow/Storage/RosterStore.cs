using System.Globalization;
using Azure.Data.Tables;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// The roster in table <c>People</c> (partition = person kind, row = person id) and the consent register in
/// table <c>Consents</c> (partition = school year, row = <c>{personId}|{category}</c>).
/// </summary>
public sealed class RosterStore(WorkflowStorage storage)
{
    private const int BatchSize = 100;

    private TableClient PeopleTable => storage.Table(WorkflowStorage.PeopleTable);

    private TableClient ConsentsTable => storage.Table(WorkflowStorage.ConsentsTable);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in PeopleTable.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return false;
        }

        return true;
    }

    /// <summary>Adds or replaces every person and consent entry of <paramref name="roster"/>.</summary>
    public async Task SaveAsync(Roster roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        await SubmitAsync(PeopleTable, roster.People.Select(ToRow), cancellationToken);
        await SubmitAsync(ConsentsTable, roster.Consents.Select(ToRow), cancellationToken);
    }

    public async Task<Roster> LoadAsync(CancellationToken cancellationToken)
    {
        var people = new List<Person>();
        await foreach (var row in PeopleTable.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            people.Add(ToPerson(row));
        }

        var consents = new List<ConsentEntry>();
        await foreach (var row in ConsentsTable.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            var separator = row.RowKey.LastIndexOf('|');
            if (SchoolYear.TryParse(row.PartitionKey, out var year) && separator > 0)
            {
                consents.Add(new ConsentEntry(row.RowKey[..separator], year, row.RowKey[(separator + 1)..], row.GetBoolean("Granted") ?? false));
            }
        }

        return new Roster(people, consents);
    }

    /// <summary>
    /// One person, by point reads (one per person kind, at once) instead of reading the whole roster; null when the
    /// roster has no such person.
    /// </summary>
    public async Task<Person?> FindAsync(string personId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        var reads = await Task.WhenAll(Enum.GetValues<PersonKind>().Select(kind =>
            PeopleTable.GetEntityIfExistsAsync<TableEntity>(kind.ToString(), personId, cancellationToken: cancellationToken)));
        return reads.Where(r => r.HasValue && r.Value is not null).Select(r => ToPerson(r.Value!)).FirstOrDefault();
    }

    /// <summary>The people among <paramref name="personIds"/> that the roster has, by id (point reads).</summary>
    public async Task<IReadOnlyDictionary<string, Person>> FindAllAsync(IEnumerable<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var found = await Task.WhenAll(personIds.Distinct().Select(id => FindAsync(id, cancellationToken)));
        return found.OfType<Person>().ToDictionary(p => p.Id);
    }

    private static Person ToPerson(TableEntity row) => new(
        row.RowKey,
        Enum.Parse<PersonKind>(row.PartitionKey),
        row.GetString("Name"),
        row.GetString("Email"),
        row.GetString("BirthDate") is { } birth ? DateOnly.ParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        row.GetString("ClassName"),
        row.GetString("ManagerId"),
        row.GetString("DeputyId"),
        row.GetString("GuardianIds") is { Length: > 0 } guardians ? guardians.Split(' ') : []);

    private static TableEntity ToRow(Person person) => new(person.Kind.ToString(), person.Id)
    {
        ["Name"] = person.Name,
        ["Email"] = person.Email,
        ["BirthDate"] = person.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["ClassName"] = person.ClassName,
        ["ManagerId"] = person.ManagerId,
        ["DeputyId"] = person.DeputyId,
        ["GuardianIds"] = string.Join(' ', person.Guardians),
    };

    private static TableEntity ToRow(ConsentEntry entry) => new(entry.SchoolYear.ToString(), $"{entry.PersonId}|{entry.Category}")
    {
        ["Granted"] = entry.Granted,
    };

    private static async Task SubmitAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        // A transaction holds at most 100 rows of one partition.
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(BatchSize))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
            }
        }
    }
}
