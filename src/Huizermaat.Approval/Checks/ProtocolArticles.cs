namespace Huizermaat.Approval.Checks;

/// <summary>The protocol's article codes with their short Dutch wording, as the UI shows them next to a finding.</summary>
public static class ProtocolArticles
{
    private static readonly Dictionary<string, string> Wording = new(StringComparer.Ordinal)
    {
        ["U.3"] = "Fatsoensnormen: respect, iedereen in zijn waarde laten.",
        ["U.4"] = "De goede naam van de school; volle verantwoordelijkheid voor uitspraken.",
        ["U.5"] = "Beschermen tegen negatieve gevolgen van sociale media.",
        ["D.2"] = "Alleen school gerelateerde berichten.",
        ["A.1"] = "Kennis delen mag, maar geen vertrouwelijke of persoonlijke informatie, en niemand schaden.",
        ["A.2"] = "Medewerkers publiceren geen vertrouwelijke informatie.",
        ["A.3"] = "Alle betrokkenen nemen de fatsoensnormen in acht.",
        ["A.4"] = "Teksten blijven voor onbepaalde tijd openbaar, ook na verwijdering.",
        ["A.5"] = "Foto, film en geluid van schoolsituaties alleen na uitdrukkelijke toestemming van alle betrokkenen.",
        ["A.6"] = "Medewerkers zijn zich bewust van hun professionele rol als zij 'vrienden' worden met leerlingen.",
        ["A.7"] = "Overtredingen: plichtsverzuim, dossier, maatregelen.",
        ["B.1"] = "Medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren.",
        ["B.2"] = "Maak duidelijk of je op persoonlijke titel of namens Huizermaat publiceert.",
        ["B.3"] = "Bij de geringste twijfel: neem contact op met je leidinggevende.",
        ["C.1"] = "Buiten werk: geen vertrouwelijke of persoonsgebonden informatie; de naam van Huizermaat niet schaden.",
        ["C.2"] = "In discussies over Huizermaat vermeld je dat je medewerker bent.",
        ["C.3"] = "Disclaimer: eigen persoonlijke mening, los van officiële standpunten; niet verantwoordelijk voor derden.",
        ["BD.1"] = "Sociale media zijn real time: een druk op de knop en het staat online.",
        ["BD.2"] = "Online informatie staat misschien wel eeuwig online.",
        ["BD.3"] = "Beeld-, auteurs- en citaatrecht: geen werk van anderen zonder toestemming van de maker.",
        ["BD.4"] = "Laster, beledigingen en obsceniteit zijn niet geoorloofd; respecteer privacy.",
        ["BD.5"] = "Wees extra voorzichtig bij werkgerelateerde stukken.",
        ["BD.6"] = "Reageer inhoudelijk; een mening zonder onderbouwing vervuilt de discussie.",
        ["BD.7"] = "Grijs gebied privé/werk: geef aan dat het je persoonlijke standpunt is.",
    };

    /// <summary>The Dutch wording of an article, or of a channel rule (<c>CH.X</c>).</summary>
    public static string Describe(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Wording.TryGetValue(code, out var wording))
        {
            return wording;
        }

        return code.StartsWith("CH.", StringComparison.Ordinal)
            ? "Technische grenzen van het kanaal (lengte, aantal en soort media)."
            : code;
    }
}
