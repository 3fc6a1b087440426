using Huizermaat.Approval.ChaosBench;

if (args.Contains("--help"))
{
    Console.WriteLine(ChaosArguments.Usage);
    return 0;
}

ChaosArguments arguments;
try
{
    arguments = ChaosArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ChaosArguments.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = new List<SeedResult>();
foreach (var seed in arguments.Seeds)
{
    Progress.Say($"Seed {seed}: {arguments.Drafts} drafts");
    var result = await ChaosRun.RunAsync(seed, arguments, cancel.Token);
    Progress.Say($"Seed {seed}: {(result.Passed ? "passed" : "FAILED")}, {result.Kills} kills, {result.Doubles.Count} doubles, {result.Problems.Count} problems in {result.Duration.TotalMinutes:0.0} min");
    foreach (var line in result.Doubles.Select(d => "double: " + d).Concat(result.Problems))
    {
        Progress.Say($"  {line}");
    }

    results.Add(result);
}

Report.Write(Console.Out, arguments, results);
return results.All(r => r.Passed) ? 0 : 1;
