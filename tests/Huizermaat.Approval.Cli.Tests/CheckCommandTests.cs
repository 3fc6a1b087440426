using System.Text.Json;
using Huizermaat.Approval.Cli;

namespace Huizermaat.Approval.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Clean = """{"text":"Open dag op zaterdag.","capacity":"official","channels":["facebook"],"acknowledgedPermanence":true,"media":[]}""";
    private const string Phone = """{"text":"Bel Mark: 06 98765432.","capacity":"official","channels":["facebook"],"acknowledgedPermanence":true,"media":[]}""";

    [Fact]
    public async Task Prints_one_object_per_draft_in_order_with_rule_severity_message_and_span()
    {
        var (exit, output, error) = await Run($"{Clean}\n{Phone}\n");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(2, output.Length);
        Assert.Equal("""{"findings":[]}""", output[0]);
        var finding = JsonDocument.Parse(output[1]).RootElement.GetProperty("findings")[0];
        Assert.Equal("A.1", finding.GetProperty("rule").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal(10, finding.GetProperty("start").GetInt32());
        Assert.Equal(11, finding.GetProperty("length").GetInt32());
        Assert.Contains("mobiel nummer", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contested_block_is_printed_with_the_authors_reason()
    {
        var (exit, output, _) = await Run("""{"text":"Bel Mark: 06 98765432.","capacity":"official","channels":["facebook"],"acknowledgedPermanence":true,"contests":[{"rule":"A.1","quote":"06 98765432","reason":"Schooltelefoon."}]}""");

        Assert.Equal(0, exit);
        var finding = JsonDocument.Parse(output[0]).RootElement.GetProperty("findings")[0];
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal("Schooltelefoon.", finding.GetProperty("contested").GetString());
    }

    [Fact]
    public async Task Messages_keep_their_Dutch_letters_readable()
    {
        var (_, output, _) = await Run("""{"text":"Huizermaat moet stoppen.","capacity":"personal","channels":["x"],"acknowledgedPermanence":true}""");

        Assert.Contains("officiële", output[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "line 2: not valid JSON")]
    [InlineData("""{"text":"a","capacity":"private"}""", "line 2: unknown capacity \"private\"")]
    [InlineData("""{"text":"a","channels":["myspace"]}""", "line 2: unknown channel \"myspace\"")]
    [InlineData("""{"capacity":"official"}""", "line 2: \"text\" is missing")]
    public async Task A_bad_line_is_named_on_standard_error_and_the_others_are_still_checked(string bad, string message)
    {
        var (exit, output, error) = await Run($"{Clean}\n{bad}\n{Phone}\n");

        Assert.Equal(2, exit);
        Assert.Equal($"error: {message}", error.Split('\n')[0][..$"error: {message}".Length]);
        Assert.Equal(3, output.Length);
        Assert.StartsWith("""{"error":"line 2: """, output[1], StringComparison.Ordinal);
        Assert.Contains("\"A.1\"", output[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_line_is_refused_by_number_without_a_stack_trace()
    {
        var huge = $$"""{"text":"{{new string('a', 10 * 1024 * 1024)}}"}""";

        var (exit, output, error) = await Run($"{Clean}\n{huge}\n{Clean}");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: line 2: the line is longer than 1,048,576 characters", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(["""{"findings":[]}""", output[1], """{"findings":[]}"""], output);
    }

    [Fact]
    public async Task Blank_lines_and_windows_line_ends_are_accepted()
    {
        var (exit, output, _) = await Run($"{Clean}\r\n\r\n{Phone}\r\n");

        Assert.Equal(0, exit);
        Assert.Equal(2, output.Length);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CheckCommand.RunAsync("/nonexistent/drafts.jsonl", TextReader.Null, output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: cannot read '/nonexistent/drafts.jsonl'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_file_by_its_path()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, Phone);
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await CheckCommand.RunAsync(path, TextReader.Null, output, error, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Contains("\"A.1\"", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Exit, string[] Output, string Error)> Run(string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CheckCommand.RunAsync("-", new StringReader(input), output, error, CancellationToken.None);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), error.ToString());
    }
}
