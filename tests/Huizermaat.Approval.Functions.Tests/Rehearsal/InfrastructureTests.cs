using System.Text.Json.Nodes;
using Huizermaat.Approval.Hosting.Storage;
using Huizermaat.Approval.Web.Identity;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>What the infrastructure declares and what the app expects agree.</summary>
public sealed class InfrastructureTests(InfraFixture infra) : IClassFixture<InfraFixture>
{
    [Fact]
    public void The_paths_open_without_sign_in_are_exactly_those_on_which_the_app_resolves_no_user()
    {
        var anonymous = infra.Template["parameters"]!["anonymousPaths"]!["defaultValue"]!.AsArray().Select(p => p!.GetValue<string>());

        Assert.Equal(AnonymousPaths.All.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_storage_account_declares_every_table_and_container_the_app_uses()
    {
        var layout = JsonNode.Parse(File.ReadAllText(Path.Combine(Bicep.Infra, "app", "storage-layout.json")))!;

        Assert.Equal(StorageLayout.Tables.Order(StringComparer.Ordinal), layout["tables"]!.AsArray().Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(StorageLayout.Containers.Order(StringComparer.Ordinal), layout["containers"]!.AsArray().Select(c => c!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_function_app_gets_exactly_the_app_settings_function_and_nothing_merged_beside_it()
    {
        var settings = Resources(infra.Template).Single(r => (string?)r["type"] == "Microsoft.Web/sites/config" && ((string?)r["name"])!.Contains("'appsettings'", StringComparison.Ordinal));

        Assert.StartsWith("[__bicep.appSettings(", (string?)settings["properties"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_roles_to_create_on_the_registration_are_the_roles_the_app_checks()
    {
        var roles = JsonNode.Parse(File.ReadAllText(Path.Combine(Bicep.Infra, "entra", "app-roles.json")))!.AsArray();

        Assert.Equal(
            [CurrentUser.OperatorRole, CurrentUser.StaffRole],
            roles.Select(r => r!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(roles, r => Assert.True(Guid.TryParse(r!["id"]!.GetValue<string>(), out _)));
    }

    /// <summary>Every resource of the template and of its nested deployments (modules).</summary>
    private static IEnumerable<JsonNode> Resources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonArray list => list.Select(r => r!),
            JsonObject named => named.Select(p => p.Value!),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"] is JsonObject { } properties && properties["template"] is JsonNode nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
