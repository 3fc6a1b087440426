namespace Huizermaat.Approval.ChaosBench;

/// <summary>What one seed did and found.</summary>
public sealed record SeedResult(
    int Seed,
    int Drafts,
    int Instances,
    int Kills,
    TimeSpan Duration,
    IReadOnlyDictionary<string, int> PostsPerChannel,
    int Deletions,
    int RepeatedDeletes,
    int Mails,
    int MostDeliveriesPerMessage,
    int MostLiveTokens,
    int TokenSamples,
    int Retries,
    IReadOnlyDictionary<string, int> Ends,
    IReadOnlyList<string> Doubles,
    IReadOnlyList<string> Problems,
    string Log)
{
    public bool Passed => Doubles.Count == 0 && Problems.Count == 0;
}
