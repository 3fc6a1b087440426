using System.Text;
using BenchmarkDotNet.Attributes;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Benchmarks;

/// <summary>
/// How long the protocol checks take on an Instagram caption of the maximum 2,200 characters
/// (the web form checks as you type, so this must stay well under a millisecond).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private const string Sentences =
        "Vandaag was de sportdag van Huizermaat en wat een succes! Leerlingen uit 2B en 3V deden mee aan voetbal, hockey en trefbal. " +
        "Julia en Sem wonnen de estafette. Vragen? Mail info@huizermaat.nl of bel de receptie. " +
        "Dank aan alle collega's, ouders en vrijwilligers die hielpen. #sportdag #huizermaat #trots ";

    private ProtocolChecker checker = null!;
    private Draft caption = null!;
    private Draft clean = null!;

    [GlobalSetup]
    public void Setup()
    {
        checker = ProtocolChecks.CreateChecker();
        var text = new StringBuilder();
        while (text.Length < 2_200)
        {
            text.Append(Sentences);
        }

        var photo = new MediaItem(MediaKind.Photo, "sportdag.jpg", ["p-0001", "p-0002"], false, true);
        caption = new Draft(text.ToString(0, 2_200), Capacity.Official, [Channel.Instagram, Channel.Facebook], true, [photo]);
        clean = caption with { Text = "Zaterdag 18 januari is onze open dag. Welkom tussen 10.00 en 14.00 uur!" };
    }

    [Benchmark(Description = "2,200-character caption")]
    public int FullCaption() => checker.Check(caption).Count;

    [Benchmark(Description = "short post")]
    public int ShortPost() => checker.Check(clean).Count;
}
