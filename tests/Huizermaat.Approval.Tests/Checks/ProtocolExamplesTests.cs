using System.Text.Json;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

/// <summary>The school's example drafts (shared/protocol/examples.jsonl) get exactly their expected blocking rules.</summary>
public sealed class ProtocolExamplesTests
{
    public static TheoryData<string> ExampleIds()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _, _) in Examples())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Example_gets_exactly_its_expected_blocking_rules(string id)
    {
        var (_, draft, expected) = Examples().Single(e => e.Id == id);

        var blocking = Drafts.BlockingRules(draft);

        Assert.Equal(expected.Order(StringComparer.Ordinal), blocking);
    }

    [Fact]
    public void The_examples_file_is_read_whole()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SharedProtocol("examples.jsonl")).Count(l => l.Trim().Length > 0);

        Assert.Equal(lines, Examples().Count);
        Assert.True(lines >= 10, $"expected the shared examples, found {lines} lines");
    }

    private static List<(string Id, Draft Draft, string[] ExpectBlock)> Examples()
    {
        var examples = new List<(string, Draft, string[])>();
        foreach (var line in File.ReadLines(RepositoryPaths.SharedProtocol("examples.jsonl")).Where(l => l.Trim().Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            examples.Add((
                root.GetProperty("id").GetString()!,
                DraftJson.Read(root.GetProperty("draft")),
                [.. root.GetProperty("expectBlock").EnumerateArray().Select(e => e.GetString()!)]));
        }

        return examples;
    }
}
