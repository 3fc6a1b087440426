using System.Diagnostics;

namespace Huizermaat.Approval.Cli.Tests;

/// <summary>The <c>check</c> contract as other tools meet it: a process, standard input, exit code.</summary>
public sealed class CheckProcessTests
{
    [Fact]
    public async Task The_built_tool_checks_standard_input_and_exits_0()
    {
        var (exit, output, _) = await RunTool("""{"text":"Tyfusdag gehad.","capacity":"official","channels":["facebook"],"acknowledgedPermanence":true}""");

        Assert.Equal(0, exit);
        Assert.Contains("\"rule\":\"A.3\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_tool_exits_2_with_the_line_named_on_invalid_input()
    {
        var (exit, _, error) = await RunTool("{\"text\":\"ok\"}\n{oops");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: line 2: not valid JSON", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunTool(string input)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "huizermaat.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { tool, "check", "-" },
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
