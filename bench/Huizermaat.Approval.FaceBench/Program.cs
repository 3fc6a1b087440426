using System.Diagnostics;
using System.Globalization;
using Huizermaat.Approval.FaceBench;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Testing;
using ImageMagick;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project bench/Huizermaat.Approval.FaceBench [-- --runs N]
var runs = args.Length == 2 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
if (!Directory.Exists(GroupPhotos.DataDirectory))
{
    Console.Error.WriteLine($"face-bench: {GroupPhotos.DataDirectory} is missing: install Debian's python3-skimage (bash .ci/setup).");
    return 2;
}

var options = new FaceDetectionOptions();
using var detector = new FaceDetector(Options.Create(options));
Console.WriteLine($"Face detection (MinConfidence {options.MinConfidence}, SmallestFace {options.SmallestFace:P1}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| photo | faces | found | missed | false boxes | note |");
Console.WriteLine("| --- | --: | --: | --: | --: | --- |");
int totalFaces = 0, totalFound = 0, totalFalse = 0;
foreach (var item in LabelledSet.Build())
{
    using var image = new MagickImage(item.Photo.Jpeg);
    var boxes = detector.Detect(image, CancellationToken.None);
    var found = item.Photo.Faces.Count(t => boxes.Any(b => GroupPhotos.Matches(t, b)));
    var falseBoxes = boxes.Count(b => !item.Photo.Faces.Any(t => GroupPhotos.Matches(t, b)));
    totalFaces += item.Photo.Faces.Count;
    totalFound += found;
    totalFalse += falseBoxes;
    Console.WriteLine($"| {item.Name} | {item.Photo.Faces.Count} | {found} | {item.Photo.Faces.Count - found} | {falseBoxes} | {item.Note} |");
}

Console.WriteLine($"| **all** | {totalFaces} | {totalFound} | {totalFaces - totalFound} | {totalFalse} | |");
Console.WriteLine();

var photo = GroupPhotos.Compose(4000, 3000, 6, 4, 0.03);
using (var warm = new MagickImage(photo.Jpeg))
{
    detector.Detect(warm, CancellationToken.None);
}

var times = new List<double>();
for (var i = 0; i < runs; i++)
{
    using var image = new MagickImage(photo.Jpeg);
    var watch = Stopwatch.StartNew();
    detector.Detect(image, CancellationToken.None);
    times.Add(watch.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine($"Time per 12-megapixel photo (4,000 × 3,000, decoded; detection only): median {times[times.Count / 2]:N0} ms, fastest {times[0]:N0} ms, slowest {times[^1]:N0} ms over {runs} runs");
return 0;
