using System.Globalization;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>The benchmark's knobs; every duration and count is an argument so that a quick smoke run is possible.</summary>
public sealed record BenchArguments
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Huizermaat.Approval.WorkflowBench -- [options]
          --configs <list>        task hub settings to compare, side by side (default: host.json,4:30,1:10,1:60)
                                  'host.json' is the repository's host.json; 'P:S' is P partitions, S s max polling
          --settle <s>            seconds a host runs before its idle window, and after its posts (default 60)
          --idle <s>              idle window in seconds, scaled to an hour (default 180)
          --posts <n>             approved posts, one after another, per setting (default 3)
          --burst <n>             drafts in the burst; each has 3 approvers (default 200)
          --burst-window <s>      the approvers' clicks are spread at random over this many seconds (default 60)
          --burst-configs <list>  settings that get a burst, one after another (default host.json,4:30; 'none' skips)
          --quick                 a smoke run: settle 5, idle 20, posts 1, burst 10 in 10 s
        """;

    public IReadOnlyList<string> Configs { get; init; } = ["host.json", "4:30", "1:10", "1:60"];

    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(180);

    public int Posts { get; init; } = 3;

    public int Burst { get; init; } = 200;

    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<string> BurstConfigs { get; init; } = ["host.json", "4:30"];

    /// <exception cref="ArgumentException">An unknown option or a bad value, with what was expected.</exception>
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = args.Contains("--quick")
            ? new BenchArguments { Settle = TimeSpan.FromSeconds(5), Idle = TimeSpan.FromSeconds(20), Posts = 1, Burst = 10, BurstWindow = TimeSpan.FromSeconds(10) }
            : new BenchArguments();
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
                "--configs" => result with { Configs = List(value) },
                "--settle" => result with { Settle = TimeSpan.FromSeconds(Number(option, value, 0)) },
                "--idle" => result with { Idle = TimeSpan.FromSeconds(Number(option, value, 1)) },
                "--posts" => result with { Posts = Number(option, value, 0) },
                "--burst" => result with { Burst = Number(option, value, 0) },
                "--burst-window" => result with { BurstWindow = TimeSpan.FromSeconds(Number(option, value, 0)) },
                "--burst-configs" => result with { BurstConfigs = value == "none" ? [] : List(value) },
                _ => throw new ArgumentException($"Unknown option {option}."),
            };
        }

        return result;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Number(string option, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{option} takes a whole number of at least {minimum}; got '{value}'.");
}
