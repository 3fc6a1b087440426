using BenchmarkDotNet.Attributes;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Benchmarks;

/// <summary>
/// Every check on 64 KiB texts of adversarial shapes (<see cref="WorstCaseTexts"/>) next to 64 KiB of ordinary
/// Dutch: the checks must run in time linear in the text, so the slowest shape stays within 5× the ordinary text.
/// The draft goes to every channel, so that the length counts run too.
/// </summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private ProtocolChecker checker = null!;
    private Draft draft = null!;

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = WorstCaseTexts.Ordinary;

    public static IEnumerable<string> Shapes => WorstCaseTexts.All.Keys;

    [GlobalSetup]
    public void Setup()
    {
        checker = ProtocolChecks.CreateChecker();
        draft = new Draft(WorstCaseTexts.All[Shape], Capacity.Official, Enum.GetValues<Channel>(), true, []);
    }

    [Benchmark(Description = "64 KiB text")]
    public int Check() => checker.Check(draft).Count;
}
