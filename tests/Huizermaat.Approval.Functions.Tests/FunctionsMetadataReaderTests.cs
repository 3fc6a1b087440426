using System.Text;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>The reader refuses a metadata file it cannot vouch for, naming the problem.</summary>
public sealed class FunctionsMetadataReaderTests
{
    [Fact]
    public void A_missing_metadata_file_asks_to_build_the_app_first()
    {
        var directory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<FileNotFoundException>(() => FunctionsMetadata.Load(directory));
        Assert.Contains("build the Functions app first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_with_the_file_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("[{\"name\": "));
        Assert.Contains("test.metadata is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_list_of_functions_is_refused() =>
        Assert.Contains("JSON array", Assert.Throws<InvalidDataException>(() => Parse("{}")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_function_without_a_trigger_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""[{"name":"Orphan","bindings":[{"type":"http","direction":"Out"}]}]"""));
        Assert.Contains("'Orphan' has 0 trigger bindings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_http_function_without_an_explicit_route_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            """[{"name":"Implicit","bindings":[{"type":"httpTrigger","direction":"In","methods":["get"]}]}]"""));
        Assert.Contains("'Implicit' must name its route and methods", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_routes_read_as_upper_case_methods_on_rooted_paths()
    {
        var metadata = Parse("""
            [{"name":"Decide","bindings":[{"type":"httpTrigger","direction":"In","authLevel":"Anonymous","methods":["get","post"],"route":"link/{token}"},{"name":"$return","type":"http","direction":"Out"}]},
             {"name":"Approval","bindings":[{"type":"orchestrationTrigger","direction":"In","name":"context"}]}]
            """);
        Assert.Equal(new HashSet<HttpEndpoint> { new("GET", "/link/{token}"), new("POST", "/link/{token}") }, metadata.HttpEndpoints);
        Assert.Equal(new HashSet<string> { "Approval" }, metadata.NamesOf(TriggerKinds.Orchestration));
    }

    private static FunctionsMetadata Parse(string json) =>
        FunctionsMetadata.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.metadata");
}
