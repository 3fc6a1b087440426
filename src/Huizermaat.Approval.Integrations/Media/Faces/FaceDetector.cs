using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using ImageMagick;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Huizermaat.Approval.Integrations.Media.Faces;

/// <summary>
/// Finds faces in a photo, inside the app: MediaPipe's BlazeFace back-camera model (<c>models/blazeface-back-256.onnx</c>,
/// Apache-2.0, see <c>Media/Faces/Model/README.md</c>) on ONNX Runtime. The model sees 256 × 256 pixels, so the photo is
/// looked at whole and in overlapping tiles of half, a quarter, … of its longer side, down to tiles in which
/// <see cref="FaceDetectionOptions.SmallestFace"/> is still large enough for the model; the boxes of all tiles are merged.
/// Detection only: it says where a face is, never whose; nothing of the face but its box leaves this class.
/// </summary>
public sealed class FaceDetector : IDisposable
{
    /// <summary>Where the model lies, relative to the app's base directory (the build copies it there).</summary>
    public const string ModelFile = "models/blazeface-back-256.onnx";

    private const int Input = 256;

    /// <summary>The smallest face the model finds reliably, as a fraction of its input (about 18 px of 256).</summary>
    private const double SmallestInModel = 0.07;

    private static readonly string[] OutputNames = ["Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"];

    private readonly IOptions<FaceDetectionOptions> _options;
    private readonly Lazy<InferenceSession> _session;

    public FaceDetector(IOptions<FaceDetectionOptions> options)
    {
        _options = options;
        _session = new Lazy<InferenceSession>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The faces in the image (already upright), in reading order: rows from top to bottom, each from left to right.</summary>
    public IReadOnlyList<FaceBox> Detect(IMagickImage<byte> image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var settings = _options.Value;
        var longer = (double)Math.Max(image.Width, image.Height);
        var found = new List<Candidate>();
        var tensor = new float[Input * Input * 3];
        using var run = new RunOptions();

        // Tile sides from the whole photo down to the one in which the smallest face still has SmallestInModel of it.
        var finest = Math.Max(Input, settings.SmallestFace * longer / SmallestInModel);
        for (var side = longer; ; side /= 2)
        {
            var scale = Input / side;
            using var level = image.Clone();
            level.Alpha(AlphaAction.Remove);
            level.ColorType = ColorType.TrueColor;
            level.Resize(new MagickGeometry((uint)Math.Max(1, Math.Round(image.Width * scale)), (uint)Math.Max(1, Math.Round(image.Height * scale))) { IgnoreAspectRatio = true });
            var pixels = level.GetPixelsUnsafe().ToByteArray(PixelMapping.RGB)
                ?? throw new InvalidOperationException("ImageMagick returned no pixels.");
            DetectInLevel(run, pixels, (int)level.Width, (int)level.Height, scale, tensor, found, settings.MinConfidence, cancellationToken);
            if (side / 2 < finest)
            {
                break;
            }
        }

        var merged = Merge(found)
            .Select(c => Normalise(c, image.Width, image.Height))
            .Where(b => b.Width > 0 && b.Height > 0)
            .OrderByDescending(b => b.Width * b.Height)
            .Take(DraftJson.MaxFacesPerItem)
            .ToList();
        return ReadingOrder(merged);
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
    }

    private InferenceSession Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, ModelFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The face detection model is missing from the app's package ({path}).", path);
        }

        using var options = new SessionOptions
        {
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new InferenceSession(path, options);
    }

    /// <summary>Runs the model on every 256 × 256 tile of one level, the tiles overlapping by half.</summary>
    private void DetectInLevel(RunOptions run, byte[] pixels, int width, int height, double scale, float[] tensor, List<Candidate> found, double minConfidence, CancellationToken cancellationToken)
    {
        foreach (var top in Starts(height))
        {
            foreach (var left in Starts(width))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Fill(tensor, pixels, width, height, left, top);
                using var input = OrtValue.CreateTensorValueFromMemory(tensor, [1, Input, Input, 3]);
                using var outputs = _session.Value.Run(run, [_session.Value.InputNames[0]], [input], OutputNames);
                var tile = new Tile(left, top, width, height, scale);
                Decode(outputs[0].GetTensorDataAsSpan<float>(), outputs[2].GetTensorDataAsSpan<float>(), 16, 2, tile, found, minConfidence);
                Decode(outputs[1].GetTensorDataAsSpan<float>(), outputs[3].GetTensorDataAsSpan<float>(), 8, 6, tile, found, minConfidence);
            }
        }
    }

    /// <summary>Where tiles start along one side: every half tile, the last flush with the edge.</summary>
    private static IEnumerable<int> Starts(int length)
    {
        if (length <= Input)
        {
            yield return 0;
            yield break;
        }

        for (var start = 0; ; start += Input / 2)
        {
            if (start + Input >= length)
            {
                yield return length - Input;
                yield break;
            }

            yield return start;
        }
    }

    /// <summary>The tile's pixels scaled to −1…1, as BlazeFace expects; outside the photo mid grey (0).</summary>
    private static void Fill(float[] tensor, byte[] pixels, int width, int height, int left, int top)
    {
        Array.Clear(tensor);
        var rows = Math.Min(Input, height - top);
        var columns = Math.Min(Input, width - left);
        for (var y = 0; y < rows; y++)
        {
            var source = (((top + y) * width) + left) * 3;
            var target = y * Input * 3;
            for (var i = 0; i < columns * 3; i++)
            {
                tensor[target + i] = (pixels[source + i] / 127.5f) - 1f;
            }
        }
    }

    /// <summary>
    /// One output layer: per cell of a <paramref name="cells"/> × <paramref name="cells"/> grid, <paramref name="anchors"/>
    /// scores (logits) and boxes (centre offset and size in input pixels, then six key points, which are ignored).
    /// Boxes that touch a side of the tile inside the photo are left to the tile that holds them whole.
    /// </summary>
    private static void Decode(ReadOnlySpan<float> scores, ReadOnlySpan<float> boxes, int cells, int anchors, Tile tile, List<Candidate> found, double minConfidence)
    {
        for (var index = 0; index < cells * cells * anchors; index++)
        {
            var score = 1 / (1 + Math.Exp(-scores[index]));
            if (score < minConfidence)
            {
                continue;
            }

            var cell = index / anchors;
            var centreX = ((cell % cells) + 0.5) / cells * Input + boxes[index * 16];
            var centreY = ((cell / cells) + 0.5) / cells * Input + boxes[(index * 16) + 1];
            var w = boxes[(index * 16) + 2];
            var h = boxes[(index * 16) + 3];
            var (left, top, right, bottom) = (centreX - (w / 2), centreY - (h / 2), centreX + (w / 2), centreY + (h / 2));
            const double margin = 2;
            if ((left < margin && tile.Left > 0) || (top < margin && tile.Top > 0)
                || (right > Input - margin && tile.Left + Input < tile.LevelWidth) || (bottom > Input - margin && tile.Top + Input < tile.LevelHeight))
            {
                continue;
            }

            found.Add(new Candidate(
                (tile.Left + left) / tile.Scale,
                (tile.Top + top) / tile.Scale,
                (tile.Left + right) / tile.Scale,
                (tile.Top + bottom) / tile.Scale,
                score));
        }
    }

    /// <summary>
    /// Blends overlapping boxes as MediaPipe does (weighted by score, keeping the highest score): boxes overlapping by
    /// 30% of their union, or one lying mostly inside the other (the same face seen at two tile sizes), are one face.
    /// </summary>
    private static List<Candidate> Merge(List<Candidate> candidates)
    {
        var remaining = candidates.OrderByDescending(c => c.Score).ToList();
        var merged = new List<Candidate>();
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            var group = remaining.Where(c => Overlaps(best, c)).ToList();
            remaining.RemoveAll(group.Contains);
            var weight = group.Sum(c => c.Score);
            merged.Add(new Candidate(
                group.Sum(c => c.Left * c.Score) / weight,
                group.Sum(c => c.Top * c.Score) / weight,
                group.Sum(c => c.Right * c.Score) / weight,
                group.Sum(c => c.Bottom * c.Score) / weight,
                best.Score));
        }

        return merged;
    }

    private static bool Overlaps(Candidate a, Candidate b)
    {
        var inner = Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
        var union = a.Area + b.Area - inner;
        return inner > 0 && (inner / union >= 0.3 || inner / Math.Min(a.Area, b.Area) >= 0.6);
    }

    private static FaceBox Normalise(Candidate c, uint width, uint height)
    {
        var left = Math.Clamp(c.Left / width, 0, 1);
        var top = Math.Clamp(c.Top / height, 0, 1);
        var right = Math.Clamp(c.Right / width, 0, 1);
        var bottom = Math.Clamp(c.Bottom / height, 0, 1);
        return new FaceBox(Round(left), Round(top), Round(right - left), Round(bottom - top), Math.Round(c.Score, 3));
    }

    private static double Round(double value) => Math.Round(value, 4);

    /// <summary>Rows (faces whose centres lie within half a face's height of the row's first), top to bottom; left to right in a row.</summary>
    private static List<FaceBox> ReadingOrder(List<FaceBox> boxes)
    {
        var ordered = new List<FaceBox>();
        var rest = boxes.OrderBy(b => b.Y + (b.Height / 2)).ToList();
        while (rest.Count > 0)
        {
            var first = rest[0];
            var row = rest.Where(b => Math.Abs((b.Y + (b.Height / 2)) - (first.Y + (first.Height / 2))) <= first.Height / 2).ToList();
            rest.RemoveAll(row.Contains);
            ordered.AddRange(row.OrderBy(b => b.X));
        }

        return ordered;
    }

    private readonly record struct Tile(int Left, int Top, int LevelWidth, int LevelHeight, double Scale);

    private readonly record struct Candidate(double Left, double Top, double Right, double Bottom, double Score)
    {
        public double Area => (Right - Left) * (Bottom - Top);
    }
}
