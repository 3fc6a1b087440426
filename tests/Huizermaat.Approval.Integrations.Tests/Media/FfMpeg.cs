using System.Diagnostics;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>Debian's ffprobe and ffmpeg (installed by <c>.ci/setup</c>): a real demuxer and decoder to check videos with.</summary>
internal static class FfMpeg
{
    /// <summary>The file's streams as "type,tag" (e.g. "video,avc1"), in order.</summary>
    public static async Task<IReadOnlyList<string>> StreamsAsync(byte[] file)
    {
        var (output, _) = await RunAsync("ffprobe", file, "-v", "error", "-show_entries", "stream=codec_type,codec_tag_string", "-of", "csv=p=0");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Decodes every video and audio frame; what ffmpeg reported as errors (empty when the file decodes cleanly).</summary>
    public static async Task<string> DecodeErrorsAsync(byte[] file)
    {
        var (_, errors) = await RunAsync("ffmpeg", file, "-v", "error", "-xerror", "-map", "0:v", "-map", "0:a?", "-f", "null", "-");
        return errors;
    }

    private static async Task<(string Output, string Errors)> RunAsync(string tool, byte[] file, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ffmpeg-{Guid.NewGuid():N}.mov");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            var start = new ProcessStartInfo($"/usr/bin/{tool}") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in tool == "ffmpeg" ? ["-nostdin", "-i", path, .. arguments] : (string[])[.. arguments, path])
            {
                start.ArgumentList.Add(argument);
            }

            if (!File.Exists(start.FileName))
            {
                throw new InvalidOperationException($"{start.FileName} is missing: install Debian's ffmpeg with `bash .ci/setup`.");
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0
                ? (await output, await errors)
                : throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await errors}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
