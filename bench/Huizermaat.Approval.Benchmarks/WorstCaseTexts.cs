using System.Text;

namespace Huizermaat.Approval.Benchmarks;

/// <summary>
/// Texts of 64 KiB that probe the checks' worst cases: each repeats one adversarial shape (runs that a
/// backtracking pattern or a per-word loop could rescan) up to 65,536 UTF-16 code units, never cutting a character
/// in two. "ordinary" is ordinary Dutch school news of the same length, the yardstick.
/// </summary>
public static class WorstCaseTexts
{
    public const int Length = 64 * 1024;

    public const string Ordinary = "ordinary Dutch";

    private static readonly string[] News =
    [
        "Vandaag was de sportdag van Huizermaat en wat een succes! ",
        "Leerlingen uit 2B en 3V deden mee aan voetbal, hockey en trefbal. ",
        "Julia en Sem wonnen de estafette, Daan werd tweede bij het verspringen. ",
        "Vragen? Mail info@huizermaat.nl of bel de receptie. ",
        "Op woensdag 12 maart is de ouderavond in de aula, van 19.30 tot 21.00 uur. ",
        "De mentoren bespreken dan het rapport en de keuze van het profiel. ",
        "Meneer De Vries geeft een gastles over kankeronderzoek aan de biologieklassen. ",
        "In de mediatheek staan nieuwe boeken over de Tweede Wereldoorlog en de Gouden Eeuw. ",
        "Dank aan alle collega's, ouders en vrijwilligers die hielpen! #sportdag #huizermaat #trots\n",
        "Lees meer op https://www.huizermaat.nl/nieuws/sportdag-2025 en bekijk de foto's. ",
        "Het schoolplein aan de Schoolstraat 1 is vernieuwd; er staan nu bankjes en een moestuin. ",
        "Wie meedoet aan de rekenolympiade kan zich tot vrijdag opgeven bij de sectie wiskunde.\n",
    ];

    /// <summary>Each shape by name: the unit that is repeated (or the whole text for a single long word).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Ordinary] = Repeat(News),
        ["capitals and hyphens A-A-"] = Repeat("A-"),
        ["capitals and apostrophes A'A'"] = Repeat("A'"),
        ["capitalised words Ab-Cd'Ef "] = Repeat("Ab-Cd'Ef.Gh "),
        ["street names, no number"] = Repeat("Dorpsstraat-Kerkweg'"),
        ["street and number Dorpsstraat 1 "] = Repeat("Dorpsstraat 1 "),
        ["digits and spaces 0 0 "] = Repeat("0 "),
        ["digits and hyphens 0-6-"] = Repeat("0-6-"),
        ["digits and dots 1.2."] = Repeat("1.2."),
        ["phone-like 06 1234 5678 9"] = Repeat("06 1234 5678 9"),
        ["at signs a@a@"] = Repeat("a@"),
        ["addresses @a.a."] = Repeat("@a."),
        ["dots a.a."] = Repeat("a."),
        ["hashtags #a#a"] = Repeat("#a"),
        ["URLs https://a.nl/"] = Repeat("https://a.nl/"),
        ["dates 12-03-2010 "] = Repeat("geboren 12-03-2010 "),
        ["birth words geboren + spaces"] = "geboren" + new string(' ', Length - 7),
        ["IBAN-like NL91ABNA "] = Repeat("NL91 ABNA 0417 "),
        ["BSN-like 111 222 333 "] = Repeat("111 222 333 "),
        ["disguised k*aaaa…"] = "k*" + new string('a', Length - 2),
        ["stretched kaaaa…"] = "k" + new string('a', Length - 1),
        ["one long compound kankerkanker…"] = Repeat("kanker"),
        ["curse words k@nker t3ring "] = Repeat("k@nker t3ring "),
        ["names and health Julia ziek "] = Repeat("Julia ziek "),
        ["emoji 👩🏽‍🏫"] = Repeat("👩🏽‍🏫"),
        ["combining marks a\u0301\u0316…"] = "a" + Repeat("\u0301\u0316")[1..],
        ["newlines"] = Repeat("\n"),
        ["exclamation marks k!k!"] = Repeat("k!"),
    };

    private static string Repeat(params string[] units)
    {
        var text = new StringBuilder(Length + 200);
        for (var i = 0; text.Length + units[i % units.Length].Length <= Length; i++)
        {
            text.Append(units[i % units.Length]);
        }

        return text.ToString();
    }
}
