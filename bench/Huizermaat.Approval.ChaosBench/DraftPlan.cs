namespace Huizermaat.Approval.ChaosBench;

/// <summary>What happens to one draft.</summary>
public enum Scenario
{
    /// <summary>Everyone approves; the post goes out once per channel.</summary>
    Publish,

    /// <summary>The manager says no.</summary>
    Reject,

    /// <summary>After the first requests (and perhaps the manager's approval) the author sends a new version, which is approved and published.</summary>
    Revise,

    /// <summary>Published, then the consent is withdrawn through its link: the post is taken down from every channel once.</summary>
    Takedown,

    /// <summary>Mastodon refuses the post; once it recovers, an operator presses "opnieuw proberen" in Beheer.</summary>
    BeheerRetry,
}

/// <summary>
/// One draft's part in a seed, drawn from the seed before anything runs, so that a failing schedule is replayed by
/// running its seed again (the scenarios, people, delays and kill moments are the same; the host's own timing is not).
/// </summary>
public sealed record DraftPlan(
    int Number,
    Scenario Scenario,
    string Author,
    TimeSpan StartAt,
    IReadOnlyList<string> Channels,
    string? Pupil,
    IReadOnlyList<TimeSpan> AnswerDelays,
    int HolderPick,
    bool KillWhileSubmitting,
    bool KillWhileRevising,
    bool KillWhilePublishing,
    bool KillWhileTakingDown,
    TimeSpan KillDelay)
{
    public const string AnnaAuthor = "t.devries@huizermaat.example";
    public const string SamiraAuthor = "s.elmoussaoui@huizermaat.example";
    public const string Manager = "m.jansen@huizermaat.example";
    public const string Operator = "c.peters@huizermaat.example";

    private static readonly string[] AllChannels = ["facebook", "instagram", "x", "linkedin", "mastodon"];

    /// <summary>
    /// Pupils of the demo roster: Lotte (13, both guardians are asked and one suffices), Bram (15, his guardian) and
    /// Nisa (17, herself). Who answers is the <see cref="HolderPick"/>-th of those the workflow asked.
    /// </summary>
    private static readonly string[] Pupils = ["l.visser", "b.smit", "n.yilmaz"];

    /// <summary>The text of the draft (unique within the seed, so that posts can be told apart).</summary>
    public string Text(int seed, int revision) => revision == 1
        ? $"Sportdag {seed}-{Number}: wat een mooie dag was het!"
        : $"Sportdag {seed}-{Number} (versie {revision}): wat een mooie dag was het, dank aan iedereen!";

    /// <summary>What Mastodon refuses for this draft until Beheer retries it.</summary>
    public string FailureMarker(int seed) => $"Sportdag {seed}-{Number}:";

    public static IReadOnlyList<DraftPlan> Draw(int seed, ChaosArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var random = new Random(seed);
        var scenarios = Enum.GetValues<Scenario>();
        var plans = new List<DraftPlan>();
        for (var n = 1; n <= arguments.Drafts; n++)
        {
            // Every scenario once first (in a seeded order), then drawn.
            var scenario = n <= scenarios.Length ? scenarios[(n - 1 + seed) % scenarios.Length] : scenarios[random.Next(scenarios.Length)];
            var channels = AllChannels.Where(_ => random.Next(2) == 0).ToList();
            if (channels.Count == 0 || scenario == Scenario.BeheerRetry && !channels.Contains("mastodon"))
            {
                channels.Add(scenario == Scenario.BeheerRetry || channels.Count == 0 ? "mastodon" : AllChannels[random.Next(AllChannels.Length)]);
            }

            var pupil = scenario == Scenario.Takedown || random.Next(3) > 0 ? Pupils[random.Next(Pupils.Length)] : null;
            plans.Add(new DraftPlan(
                n,
                scenario,
                random.Next(2) == 0 ? AnnaAuthor : SamiraAuthor,
                TimeSpan.FromSeconds(random.NextDouble() * arguments.Window.TotalSeconds),
                [.. channels.Distinct()],
                pupil,
                [TimeSpan.FromSeconds(random.NextDouble() * 15), TimeSpan.FromSeconds(random.NextDouble() * 15)],
                random.Next(2),
                KillWhileSubmitting: random.NextDouble() < 0.3,
                KillWhileRevising: scenario == Scenario.Revise && random.NextDouble() < 0.5,
                KillWhilePublishing: random.NextDouble() < 0.3,
                KillWhileTakingDown: scenario == Scenario.Takedown && random.NextDouble() < 0.5,
                KillDelay: TimeSpan.FromMilliseconds(random.Next(0, 1500))));
        }

        return plans;
    }

    /// <summary>The moments (from the seed's start) of the scheduled kills.</summary>
    public static IReadOnlyList<TimeSpan> KillSchedule(int seed, ChaosArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var random = new Random(seed * 7919);
        var kills = new List<TimeSpan>();
        var at = TimeSpan.Zero;
        while (true)
        {
            at += TimeSpan.FromSeconds(random.Next(arguments.KillEvery.Min, arguments.KillEvery.Max + 1));
            if (at >= arguments.Chaos)
            {
                return kills;
            }

            kills.Add(at);
        }
    }
}
