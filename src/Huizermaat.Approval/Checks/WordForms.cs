namespace Huizermaat.Approval.Checks;

/// <summary>
/// The inflected forms of a word list entry, made from its stem so that the lists need not spell out every
/// form (see <c>Lexicons/README.md</c>): <c>hufter/zn</c> also matches <c>hufters</c>, <c>huftertje</c>;
/// <c>neuk/ww</c> matches <c>neuken</c>, <c>neukt</c>, <c>geneukt</c>; <c>prick/noun</c> matches <c>pricks</c>.
/// The rules make every regular form and some that Dutch does not use (<c>hoerje</c> next to <c>hoertje</c>);
/// forms that do not exist never occur in a text, and the dictionary test sees to it that no generated form is an
/// ordinary word.
/// </summary>
public static class WordForms
{
    /// <summary>The kinds of stem a list entry may name after a slash.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "zn", "bn", "ww", "noun", "verb", "adj",
    };

    public static IEnumerable<string> Of(string stem, string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(stem);
        var forms = new HashSet<string>(StringComparer.Ordinal) { stem };
        switch (kind)
        {
            case "zn":
                DutchNoun(stem, forms);
                break;
            case "bn":
                DutchAdjective(stem, forms);
                break;
            case "ww":
                DutchVerb(stem, forms);
                break;
            case "noun":
                EnglishNoun(stem, forms);
                break;
            case "verb":
                EnglishVerb(stem, forms);
                break;
            case "adj":
                forms.Add(stem + "er");
                forms.Add(stem + "est");
                break;
            default:
                throw new FormatException($"Unknown kind of word '{kind}' for '{stem}' (known: {string.Join(", ", Kinds)}).");
        }

        return forms;
    }

    private static void DutchNoun(string stem, HashSet<string> forms)
    {
        forms.Add(stem + "s");
        if (stem.EndsWith('e'))
        {
            forms.Add(stem + "n");
        }
        else if (!EndsInUnstressedSyllable(stem))
        {
            foreach (var before in BeforeSuffix(stem))
            {
                forms.Add(before + "en");
            }
        }

        // Diminutives: -je, -tje, -pje, -etje (with a doubled consonant), -kje after -ing; each with a plural -s.
        var diminutives = new List<string> { stem + "je", stem + "tje", stem + "pje" };
        if (IsVowel(stem[^1]))
        {
            diminutives.Add(stem + stem[^1] + "tje");
        }
        else if (EndsInShortVowelAndConsonant(stem))
        {
            diminutives.Add(stem + stem[^1] + "etje");
        }

        if (stem.EndsWith("ing", StringComparison.Ordinal))
        {
            diminutives.Add(stem[..^1] + "kje");
        }

        foreach (var diminutive in diminutives)
        {
            forms.Add(diminutive);
            forms.Add(diminutive + "s");
        }
    }

    private static void DutchAdjective(string stem, HashSet<string> forms)
    {
        var inflected = stem.EndsWith('e') ? [stem] : EndsInUnstressedSyllable(stem) ? [stem + "e"] : BeforeSuffix(stem).Select(b => b + "e").ToList();
        foreach (var form in inflected)
        {
            forms.Add(form);
            forms.Add(form + "r");
            forms.Add(form + "re");
        }

        forms.Add(stem + "st");
        forms.Add(stem + "ste");
    }

    private static void DutchVerb(string stem, HashSet<string> forms)
    {
        forms.Add(stem + "t");
        var infinitives = EndsInUnstressedSyllable(stem) ? [stem + "en"] : BeforeSuffix(stem).Select(b => b + "en").ToList();
        foreach (var infinitive in infinitives)
        {
            forms.Add(infinitive);
            forms.Add(infinitive + "d");
            forms.Add(infinitive + "de");
        }

        foreach (var suffix in (string[])["te", "ten", "de", "den", "er", "ers", "erd", "erds"])
        {
            forms.Add(stem + suffix);
        }

        if (stem.EndsWith("er", StringComparison.Ordinal))
        {
            forms.Add(stem + "aar");
            forms.Add(stem + "aars");
        }

        forms.Add("ge" + stem + "t");
        forms.Add("ge" + stem + "d");
    }

    private static void EnglishNoun(string stem, HashSet<string> forms)
    {
        forms.Add(stem + "s");
        forms.Add(stem + "es");
        if (stem.EndsWith('y') && stem.Length > 1 && !IsVowel(stem[^2]))
        {
            forms.Add(stem[..^1] + "ies");
        }
    }

    private static void EnglishVerb(string stem, HashSet<string> forms)
    {
        var bare = stem.EndsWith('e') ? stem[..^1] : stem;
        forms.Add(stem + "s");
        forms.Add(stem + "es");
        foreach (var suffix in (string[])["ed", "ing", "er", "ers"])
        {
            forms.Add(bare + suffix);
            if (EndsInShortVowelAndConsonant(stem))
            {
                forms.Add(stem + stem[^1] + suffix);
            }
        }
    }

    /// <summary>
    /// The stem as it is written before a suffix that starts with a vowel: a consonant doubled after a short vowel
    /// (<c>zak</c> → <c>zakk</c>), a long vowel written once (<c>mongool</c> → <c>mongol</c>) and f/s voiced after a
    /// long vowel or diphthong (<c>teef</c> → <c>tev</c>, <c>kneus</c> → <c>kneuz</c>), with the unvoiced spelling too.
    /// </summary>
    private static List<string> BeforeSuffix(string stem)
    {
        if (IsVowel(stem[^1]))
        {
            return [stem];
        }

        if (EndsInShortVowelAndConsonant(stem))
        {
            return [stem + stem[^1]];
        }

        var body = stem[..^1];
        if (body.Length >= 2 && body[^1] == body[^2] && body[^1] is 'a' or 'e' or 'o' or 'u')
        {
            body = body[..^1];
        }

        var last = stem[^1];
        List<string> result = [body + last];
        if (last is 'f' or 's')
        {
            result.Add(body + (last == 'f' ? 'v' : 'z'));
        }

        return result;
    }

    // -el, -em, -en, -er (sukkel, bezem, hufter) take -s; -lijk, -ig, -isch never double their last consonant.
    private static bool EndsInUnstressedSyllable(string stem) =>
        (stem.Length > 3 && stem[^2] == 'e' && stem[^1] is 'l' or 'm' or 'n' or 'r' && !IsVowel(stem[^3]))
        || stem.EndsWith("lijk", StringComparison.Ordinal) || stem.EndsWith("ig", StringComparison.Ordinal)
        || stem.EndsWith("isch", StringComparison.Ordinal);

    // "zak", "slet", "lul": one vowel letter between consonants (not "hoer", "teef", "mongool").
    private static bool EndsInShortVowelAndConsonant(string stem) =>
        stem.Length >= 2 && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y') && IsVowel(stem[^2])
        && (stem.Length == 2 || !IsVowel(stem[^3]));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
