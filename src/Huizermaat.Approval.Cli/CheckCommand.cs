using System.Text;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Cli;

/// <summary>
/// <c>check FILE</c>: reads JSON Lines (one draft per line; <c>-</c> for standard input) and writes one
/// JSON object per draft, in order. A line that is not a valid draft gets <c>{"error": …}</c> in its
/// place and an English message naming the line on standard error; the other lines are still checked,
/// and the exit code is then 2.
/// </summary>
public static class CheckCommand
{
    public const int Success = 0;
    public const int InvalidInput = 2;

    public static async Task<int> RunAsync(string path, TextReader standardInput, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (path == "-")
        {
            return await RunAsync(standardInput, output, error, cancellationToken).ConfigureAwait(false);
        }

        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"error: cannot read '{path}': {e.Message}").ConfigureAwait(false);
            return InvalidInput;
        }

        using (reader)
        {
            return await RunAsync(reader, output, error, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var checker = ProtocolChecks.CreateChecker();
        var lines = new LineReader(input, DraftLine.MaxLength);
        var exitCode = Success;
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            string result;
            try
            {
                var draft = DraftLine.Parse(line);
                if (draft is null)
                {
                    continue;
                }

                result = FindingsJson.Write(checker.Check(draft));
            }
            catch (DraftFormatException e)
            {
                exitCode = InvalidInput;
                var message = $"line {line.Number}: {e.Message}";
                await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
                result = FindingsJson.WriteError(message);
            }

            await output.WriteLineAsync(result).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return exitCode;
    }
}
