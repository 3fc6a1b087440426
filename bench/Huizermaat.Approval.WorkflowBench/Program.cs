using Huizermaat.Approval.Testing;
using Huizermaat.Approval.WorkflowBench;

if (args.Contains("--help"))
{
    Console.WriteLine(BenchArguments.Usage);
    return 0;
}

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

var hostJson = TaskHubSettings.FromHostJson(Path.Combine(AzuriteFixture.RepositoryRoot(), "host.json"));
TaskHubSettings Resolve(string text) => text == "host.json" ? hostJson : TaskHubSettings.Parse(text);
List<TaskHubSettings> Distinct(IEnumerable<string> texts) =>
    texts.Select(Resolve).Aggregate(new List<TaskHubSettings>(), (list, s) => list.Any(s.SameAs) ? list : [.. list, s]);
var steadySettings = Distinct(arguments.Configs);
var burstSettings = Distinct(arguments.BurstConfigs);

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    // The read model's tables and the roster, written directly (uncounted): the hosts share them.
    var storage = new Huizermaat.Approval.Workflow.Storage.WorkflowStorage(
        new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString));
    await storage.EnsureCreatedAsync(cancel.Token);
    await new Huizermaat.Approval.Workflow.Storage.RosterStore(storage).SaveAsync(BenchPeople.Roster, cancel.Token);
    await BenchPeople.StorePhotoAsync(azurite.ConnectionString, cancel.Token);

    Progress.Say($"Steady state: {string.Join(", ", steadySettings.Select(s => $"{s.Label} ({s.Describe})"))} side by side, each on its own host");
    var steady = await Task.WhenAll(steadySettings.Select(s => SteadyScenario.RunAsync(s, azurite.ConnectionString, arguments, cancel.Token)));

    var bursts = new List<BurstResult>();
    foreach (var settings in arguments.Burst > 0 ? burstSettings : [])
    {
        Progress.Say($"Burst on {settings.Label} ({settings.Describe})");
        bursts.Add(await BurstScenario.RunAsync(settings, azurite.ConnectionString, arguments, cancel.Token));
    }

    Report.Write(Console.Out, arguments, steady, bursts);
    return bursts.All(b => b.Problems.Count == 0 && b.PublishedOnce == b.Drafts) ? 0 : 1;
}
finally
{
    await azurite.DisposeAsync();
}
