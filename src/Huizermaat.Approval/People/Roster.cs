namespace Huizermaat.Approval.People;

/// <summary>The people of the school and the consent register, as imported from the student information system.</summary>
public sealed class Roster
{
    private readonly Dictionary<string, Person> people;
    private readonly Dictionary<(string PersonId, SchoolYear Year, string Category), bool> consents;

    public Roster(IEnumerable<Person> people, IEnumerable<ConsentEntry> consents)
    {
        this.people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.consents = consents.ToDictionary(c => (c.PersonId, c.SchoolYear, c.Category), c => c.Granted);
    }

    public IReadOnlyCollection<Person> People => people.Values;

    public IEnumerable<ConsentEntry> Consents =>
        consents.Select(c => new ConsentEntry(c.Key.PersonId, c.Key.Year, c.Key.Category, c.Value));

    public Person? Find(string id) => people.GetValueOrDefault(id);

    /// <summary>The register's answer, or null when the register says nothing for that year and category.</summary>
    public bool? Consent(string personId, SchoolYear year, string category) =>
        consents.TryGetValue((personId, year, category), out var granted) ? granted : null;
}
