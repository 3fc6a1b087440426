using System.Collections.Concurrent;
using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

/// <summary>
/// Every word of Debian's Dutch and English dictionaries (wdutch, wbritish: .ci/setup installs them) as a short
/// official post: an ordinary word never blocks; the words that do are exactly the reviewed list
/// src/Huizermaat.Approval/Checks/Lexicons/dictionary-blocks.txt (profanity, slurs, obscenity, insults,
/// confidentiality markers).
/// </summary>
public sealed class DictionaryTests
{
    private static readonly ProtocolChecker Checker = ProtocolChecks.CreateChecker();

    [Theory]
    [InlineData("dutch")]
    [InlineData("british-english")]
    public void Only_the_reviewed_profanity_slurs_and_markers_of_the_dictionary_block(string dictionary)
    {
        var path = Path.Combine("/usr/share/dict", dictionary);
        Assert.True(File.Exists(path), $"{path} is missing: run `bash .ci/setup` (it installs Debian's wdutch and wbritish).");
        var words = File.ReadAllLines(path).Where(static w => w.Length > 0).ToArray();
        var reviewed = ReviewedBlocks();

        var blocking = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(words, word =>
        {
            var blocks = Checker.Check(Drafts.Official(word)).Where(static f => f.Severity == Severity.Block).ToList();
            if (blocks.Count > 0)
            {
                blocking[word] = string.Join("; ", blocks.Select(static f => $"{f.Rule} {f.Message}"));
            }
        });

        var falseAlarms = blocking.Keys.Where(w => !reviewed.Contains(w)).Order(StringComparer.Ordinal).ToList();
        var inThisDictionary = new HashSet<string>(words, StringComparer.Ordinal);
        var noLongerBlocking = reviewed.Where(w => inThisDictionary.Contains(w) && !blocking.ContainsKey(w)).Order(StringComparer.Ordinal).ToList();
        Assert.True(falseAlarms.Count == 0 && noLongerBlocking.Count == 0,
            $"{falseAlarms.Count} ordinary words of {path} block (judge them by the word lists, or add a reviewed profanity, "
            + $"slur or marker to dictionary-blocks.txt):\n{string.Join("\n", falseAlarms.Take(60).Select(w => $"  {w}: {blocking[w]}"))}\n"
            + $"{noLongerBlocking.Count} reviewed words no longer block:\n  {string.Join("\n  ", noLongerBlocking.Take(60))}");
        Assert.True(words.Length > 100_000, $"expected the whole dictionary, read {words.Length} words from {path}");
    }

    [Fact]
    public void The_reviewed_list_names_only_words_of_the_dictionaries()
    {
        var dictionaries = new[] { "dutch", "british-english" }
            .SelectMany(d => File.ReadAllLines(Path.Combine("/usr/share/dict", d)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ReviewedBlocks(), word => Assert.Contains(word, dictionaries));
    }

    private static HashSet<string> ReviewedBlocks() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Huizermaat.Approval", "Checks", "Lexicons", "dictionary-blocks.txt"))
            .Select(static l => l.Split('#', 2)[0].Trim())
            .Where(static l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
