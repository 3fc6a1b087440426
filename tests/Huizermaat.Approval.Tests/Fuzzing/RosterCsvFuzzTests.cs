using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.Fuzzing;

/// <summary>
/// Mutated and random roster files for <see cref="RosterCsv.Parse"/>, through its public entry point only (the parser
/// behind it may change): every input ends in a <see cref="Roster"/> or a <see cref="RosterImportException"/>.
/// </summary>
public sealed class RosterCsvFuzzTests
{
    private static readonly string DemoRoster = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Huizermaat.Approval.Hosting", "DemoData", "demo-roster.csv"));

    private static readonly string Quoted = string.Join(
        "\r\n",
        "id;kind;name;email;birthDate;class;managerId;deputyId;guardianIds;schoolYear;socialMedia;website;schoolgids",
        "m.jansen;staff;\"Jansen; Mieke\";m.jansen@school.example;;;;;;;;;",
        "g.anna;guardian;\"Anna \"\"Ans\"\" Visser\";anna@ouders.example;;;;;;;;;",
        "p.sanne;pupil;Sanne;;2014-03-01;1B;;;g.anna;2026-2027;nee;ja;",
        "\uFEFFk.dejong;other;Kees de Jong;;;;;;;;;;");

    [Fact]
    public void Mutated_rosters_are_read_or_refused_with_a_RosterImportException()
    {
        Fuzz.Run(Fuzz.Cases(1000), Mutated, Parse, [typeof(RosterImportException)], Fuzz.Describe);
    }

    [Fact]
    public void Noise_is_refused_with_a_RosterImportException()
    {
        Fuzz.Run(Fuzz.Cases(1000), TextMutator.Noise, Parse, [typeof(RosterImportException)], Fuzz.Describe);
    }

    private static void Parse(string csv) => _ = RosterCsv.Parse(new StringReader(csv));

    /// <summary>A roster with its characters mutated, or its lines repeated, dropped or swapped (duplicate ids, a missing guardian).</summary>
    private static string Mutated(Random random)
    {
        var roster = random.Next(2) == 0 ? DemoRoster : Quoted;
        if (random.Next(3) > 0)
        {
            return TextMutator.Mutate(random, roster);
        }

        var lines = roster.Split('\n').ToList();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(3))
            {
                case 0:
                    lines.Insert(random.Next(lines.Count), lines[at]);
                    break;
                case 1 when lines.Count > 1:
                    lines.RemoveAt(at);
                    break;
                default:
                    (lines[at], lines[0]) = (lines[0], lines[at]);
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
