using System.Text.Json.Nodes;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>The app runs with the repository's host.json and the settings both hosts share.</summary>
public sealed class HostJsonTests
{
    private static readonly string OutputHostJson = Path.Combine(FunctionsApp.OutputDirectory, "host.json");

    [Fact]
    public void The_app_ships_the_repository_root_host_json() =>
        Assert.Equal(File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "host.json")), File.ReadAllText(OutputHostJson));

    [Fact]
    public void Routes_have_no_prefix_so_pages_are_at_the_root_and_the_api_under_api()
    {
        var host = JsonNode.Parse(File.ReadAllText(OutputHostJson))!;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("", (string?)host["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void The_task_hub_is_named_explicitly_so_deployments_keep_their_instances()
    {
        var durable = JsonNode.Parse(File.ReadAllText(OutputHostJson))!["extensions"]!["durableTask"]!;
        Assert.Equal("HuizermaatApproval", (string?)durable["hubName"]);
        Assert.InRange((int)durable["storageProvider"]!["partitionCount"]!, 1, 16);
        Assert.True(TimeSpan.TryParse((string?)durable["storageProvider"]!["maxQueuePollingInterval"], System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void The_hosts_request_telemetry_leaves_out_the_path_where_a_links_token_would_be()
    {
        var insights = JsonNode.Parse(File.ReadAllText(OutputHostJson))!["logging"]!["applicationInsights"]!;
        Assert.False((bool)insights["httpAutoCollectionOptions"]!["enableHttpTriggerExtendedInfoCollection"]!);
    }
}
