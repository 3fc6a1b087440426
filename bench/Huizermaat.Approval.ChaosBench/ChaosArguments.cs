using System.Globalization;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>The chaos run's knobs; a failing seed is replayed with <c>--seeds N</c> and the same other options.</summary>
public sealed record ChaosArguments
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Huizermaat.Approval.ChaosBench -- [options]
          --seeds <list>        seeds to run, one after another: '1-20', '3,7' (default 1-20)
          --drafts <n>          drafts per seed, their scenarios drawn from the seed (default 12)
          --window <s>          the drafts are submitted at seeded moments over this many seconds (default 120)
          --kill-every <a-b>    seconds between the scheduled kills, drawn from the seed (default 15-40)
          --chaos <s>           kills happen during the first this many seconds of a seed (default 180)
          --settle <s>          at most this long, without kills, for every draft to end (default 300)
          --quick               a short run for CI: seeds 1, drafts 6 (each scenario once), window 60,
                                kill-every 15-30, chaos 90, settle 240
        """;

    public IReadOnlyList<int> Seeds { get; init; } = [.. Enumerable.Range(1, 20)];

    public int Drafts { get; init; } = 12;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(120);

    public (int Min, int Max) KillEvery { get; init; } = (15, 40);

    public TimeSpan Chaos { get; init; } = TimeSpan.FromSeconds(180);

    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(300);

    public bool Quick { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad value, with what was expected.</exception>
    public static ChaosArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = args.Contains("--quick")
            ? new ChaosArguments
            {
                Seeds = [1], Drafts = 6, Window = TimeSpan.FromSeconds(60), KillEvery = (15, 30), Chaos = TimeSpan.FromSeconds(90),
                Settle = TimeSpan.FromSeconds(240), Quick = true,
            }
            : new ChaosArguments();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }

            var option = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value.");
            result = option switch
            {
                "--seeds" => result with { Seeds = SeedList(value) },
                "--drafts" => result with { Drafts = Number(option, value, 1) },
                "--window" => result with { Window = TimeSpan.FromSeconds(Number(option, value, 0)) },
                "--kill-every" => result with { KillEvery = Range(option, value) },
                "--chaos" => result with { Chaos = TimeSpan.FromSeconds(Number(option, value, 0)) },
                "--settle" => result with { Settle = TimeSpan.FromSeconds(Number(option, value, 1)) },
                _ => throw new ArgumentException($"Unknown option {option}."),
            };
        }

        return result;
    }

    private static int[] SeedList(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(part =>
        {
            var (from, to) = part.Contains('-', StringComparison.Ordinal) ? Range("--seeds", part) : (Number("--seeds", part, 0), Number("--seeds", part, 0));
            return Enumerable.Range(from, to - from + 1);
        })];

    private static (int Min, int Max) Range(string option, string value)
    {
        var parts = value.Split('-');
        var range = parts.Length == 2 ? (Number(option, parts[0], 0), Number(option, parts[1], 0)) : throw new ArgumentException($"{option} takes 'a-b'; got '{value}'.");
        return range.Item1 <= range.Item2 ? range : throw new ArgumentException($"{option}: {range.Item1} is more than {range.Item2}.");
    }

    private static int Number(string option, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{option} takes a whole number of at least {minimum}; got '{value}'.");
}
