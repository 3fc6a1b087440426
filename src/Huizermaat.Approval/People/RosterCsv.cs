using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Huizermaat.Approval.People;

/// <summary>
/// Reads the roster and consent register from one CSV file, as a student information system exports it
/// (columns: see <c>src/Huizermaat.Approval.Hosting/DemoData/README.md</c> in the repository). Every bad row is reported; a file with any error imports nothing.
/// </summary>
public static partial class RosterCsv
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "kind", "name", "email", "birthDate", "class", "managerId", "deputyId", "guardianIds", "schoolYear", .. ConsentCategories.All];

    private static readonly string[] RequiredColumns = ["id", "kind", "name"];

    /// <exception cref="RosterImportException">The file has errors; <see cref="RosterImportException.Errors"/> lists them all.</exception>
    public static Roster Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // RFC 4180 with the delimiter found in the header line (; , or tab), fields trimmed, line breaks allowed
        // inside quotes. A quote that is never closed runs to the end of the file: the reader reports it, we refuse it.
        var unclosed = false;
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            OnMalformedRecord = m => unclosed |= m.Reason == CsvMalformedReason.UnterminatedQuote,
        };
        using var records = CsvReader.Create(reader, options, leaveOpen: true);
        string[] header = [.. records.Headers];
        if (header.Length == 0 || unclosed)
        {
            throw new RosterImportException([new RosterImportError(1, "the file is empty or unreadable (expected a header line)", "het bestand is leeg of onleesbaar (de eerste regel moet de kolomnamen bevatten)")]);
        }

        var unknown = header.Where(h => !Columns.Contains(h, StringComparer.Ordinal)).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            var problems = new List<RosterImportError>();
            if (missing.Count > 0)
            {
                problems.Add(new RosterImportError(1, $"missing column(s): {string.Join(", ", missing)}", $"ontbrekende kolom(men): {string.Join(", ", missing)}"));
            }

            if (unknown.Count > 0)
            {
                problems.Add(new RosterImportError(1, $"unknown column(s): {string.Join(", ", unknown)} (expected: {string.Join(", ", Columns)})", $"onbekende kolom(men): {string.Join(", ", unknown)} (verwacht: {string.Join(", ", Columns)})"));
            }

            throw new RosterImportException(problems);
        }

        var errors = new List<RosterImportError>();
        var people = new List<(int Line, Person Person)>();
        var refused = new Dictionary<string, PersonKind?>(StringComparer.Ordinal);
        var consents = new List<ConsentEntry>();
        while (records.Read())
        {
            var line = (int)records.LineNumber;
            if (unclosed)
            {
                errors.Add(new RosterImportError(line, "a quoted field is not closed", "een veld tussen aanhalingstekens wordt niet afgesloten"));
                break;
            }

            var fields = records.Current.ToArray();
            if (fields.All(f => f.Length == 0))
            {
                continue; // a line of empty fields
            }

            if (fields.Length != header.Length)
            {
                errors.Add(new RosterImportError(line, $"has {fields.Length} fields; the header has {header.Length}", $"heeft {fields.Length} velden; de kopregel heeft er {header.Length}"));
                continue;
            }

            string? Field(string name) => Array.IndexOf(header, name) is >= 0 and var index && fields[index] is { Length: > 0 } value ? value : null;
            var rowErrors = new List<(string English, string Dutch)>();
            var person = ReadPerson(Field, rowErrors);
            var rowConsents = ReadConsents(person?.Id, Field, rowErrors);
            errors.AddRange(rowErrors.Select(e => new RosterImportError(line, e.English, e.Dutch)));
            if (person is not null && rowErrors.Count == 0)
            {
                people.Add((line, person));
                consents.AddRange(rowConsents);
            }
            else if (Field("id") is { } refusedId)
            {
                refused.TryAdd(refusedId, Kind(Field("kind")));
            }
        }

        CheckReferences(people, refused, errors);
        if (errors.Count > 0)
        {
            throw new RosterImportException([.. errors.OrderBy(e => e.Line)]);
        }

        return new Roster(people.Select(p => p.Person), consents);
    }

    private static Person? ReadPerson(Func<string, string?> field, List<(string English, string Dutch)> errors)
    {
        var id = field("id");
        if (id is null || !ValidId().IsMatch(id))
        {
            errors.Add(id is null ? ("id is empty", "id is leeg") : ($"id \"{id}\" may only hold letters, digits and . _ @ - (at most 100)", $"id \"{id}\" mag alleen letters, cijfers en . _ @ - bevatten (hoogstens 100)"));
        }

        var kind = Kind(field("kind"));
        if (kind is null)
        {
            errors.Add(($"kind \"{field("kind")}\" is not one of pupil, staff, guardian, other", $"kind \"{field("kind")}\" is niet pupil, staff, guardian of other"));
        }

        var name = field("name");
        if (name is null)
        {
            errors.Add(("name is empty", "name (de naam) is leeg"));
        }

        var email = field("email");
        if (email is not null && !IsEmail(email))
        {
            errors.Add(($"email \"{email}\" is not an e-mail address", $"email \"{email}\" is geen e-mailadres"));
        }
        else if (email is null && kind is PersonKind.Staff or PersonKind.Guardian)
        {
            errors.Add(($"a {kind.ToString()!.ToLowerInvariant()} needs an email", kind == PersonKind.Staff ? "een medewerker heeft een e-mailadres nodig" : "een ouder of verzorger heeft een e-mailadres nodig"));
        }

        DateOnly? birthDate = null;
        if (field("birthDate") is { } birth)
        {
            if (DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                birthDate = parsed;
            }
            else
            {
                errors.Add(($"birthDate \"{birth}\" is not a date like 2012-03-01", $"birthDate \"{birth}\" is geen datum zoals 2012-03-01"));
            }
        }
        else if (kind == PersonKind.Pupil)
        {
            errors.Add(("a pupil needs a birthDate", "een leerling heeft een geboortedatum (birthDate) nodig"));
        }

        var guardians = field("guardianIds")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (kind != PersonKind.Pupil && guardians.Length > 0)
        {
            errors.Add(("only a pupil has guardianIds", "alleen een leerling heeft guardianIds (ouders/verzorgers)"));
        }

        if (kind != PersonKind.Staff && (field("managerId") is not null || field("deputyId") is not null))
        {
            errors.Add(("only staff have a managerId or deputyId", "alleen medewerkers hebben een managerId of deputyId"));
        }

        return errors.Count > 0 || id is null || kind is null || name is null
            ? null
            : new Person(id, kind.Value, name, email, birthDate, field("class"), field("managerId"), field("deputyId"), guardians);
    }

    private static PersonKind? Kind(string? value) => value switch
    {
        "pupil" => PersonKind.Pupil,
        "staff" => PersonKind.Staff,
        "guardian" => PersonKind.Guardian,
        "other" => PersonKind.Other,
        _ => null,
    };

    private static List<ConsentEntry> ReadConsents(string? personId, Func<string, string?> field, List<(string English, string Dutch)> errors)
    {
        var entries = new List<ConsentEntry>();
        var yearText = field("schoolYear");
        SchoolYear? year = null;
        if (yearText is not null)
        {
            if (SchoolYear.TryParse(yearText, out var parsed))
            {
                year = parsed;
            }
            else
            {
                errors.Add(($"schoolYear \"{yearText}\" is not a school year like 2026-2027", $"schoolYear \"{yearText}\" is geen schooljaar zoals 2026-2027"));
            }
        }

        foreach (var category in ConsentCategories.All)
        {
            var value = field(category);
            bool? granted = value?.ToLowerInvariant() switch
            {
                null => null,
                "ja" or "yes" or "true" or "1" => true,
                "nee" or "no" or "false" or "0" => false,
                _ => null,
            };
            if (value is not null && granted is null)
            {
                errors.Add(($"{category} \"{value}\" is not ja or nee", $"{category} \"{value}\" is niet ja of nee"));
            }
            else if (granted is not null && year is null && yearText is null)
            {
                errors.Add(($"{category} is given without a schoolYear", $"{category} is ingevuld zonder schoolYear"));
            }
            else if (granted is { } answer && year is { } schoolYear && personId is not null)
            {
                entries.Add(new ConsentEntry(personId, schoolYear, category, answer));
            }
        }

        return entries;
    }

    /// <param name="refused">
    /// The ids of rows refused for their own errors, with their kind when it could be read: a reference to one of them
    /// is not reported again on the referring line (the fault is on the refused row's line, which says so).
    /// </param>
    private static void CheckReferences(List<(int Line, Person Person)> people, Dictionary<string, PersonKind?> refused, List<RosterImportError> errors)
    {
        var byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var (line, person) in people)
        {
            if (!byId.TryAdd(person.Id, person))
            {
                errors.Add(new RosterImportError(line, $"id \"{person.Id}\" appears more than once", $"id \"{person.Id}\" komt meer dan eens voor"));
            }
        }

        foreach (var (line, person) in people)
        {
            void Expect(string? id, PersonKind kind, string column)
            {
                if (id is null || (!byId.ContainsKey(id) && refused.TryGetValue(id, out var refusedKind) && (refusedKind is null || refusedKind == kind)))
                {
                    return;
                }

                if (!byId.TryGetValue(id, out var other) || other.Kind != kind)
                {
                    errors.Add(new RosterImportError(line, $"{column} \"{id}\" is not a {kind.ToString().ToLowerInvariant()} in this file", $"{column} \"{id}\" is geen {DutchKind(kind)} in dit bestand"));
                }
            }

            Expect(person.ManagerId, PersonKind.Staff, "managerId");
            Expect(person.DeputyId, PersonKind.Staff, "deputyId");
            foreach (var guardian in person.Guardians)
            {
                Expect(guardian, PersonKind.Guardian, "guardianIds");
            }
        }
    }

    private static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private static string DutchKind(PersonKind kind) => kind switch
    {
        PersonKind.Pupil => "leerling",
        PersonKind.Staff => "medewerker",
        PersonKind.Guardian => "ouder of verzorger",
        _ => "persoon",
    };

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,100}$")]
    private static partial Regex ValidId();
}
