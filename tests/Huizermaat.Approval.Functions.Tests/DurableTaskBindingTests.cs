using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>
/// The Durable Functions worker extension 1.21.1 was compiled against Microsoft.DurableTask.* 1.27.0, while the
/// app carries 1.28.0 (the version the workflow library uses; one version for the whole app). Every type and
/// member that the extension uses from those packages must exist in the versions the app ships, or the worker
/// would fail at run time in Azure with a MissingMethodException.
/// </summary>
public sealed class DurableTaskBindingTests
{
    private const string Extension = "Microsoft.Azure.Functions.Worker.Extensions.DurableTask";

    [Fact]
    public void The_app_ships_one_version_of_the_durable_task_packages()
    {
        var versions = Directory.GetFiles(FunctionsApp.OutputDirectory, "Microsoft.DurableTask.*.dll")
            .Select(f => AssemblyName.GetAssemblyName(f))
            .ToDictionary(n => n.Name!, n => n.Version!.ToString(2));
        Assert.Contains("Microsoft.DurableTask.Client", versions.Keys);
        Assert.Single(versions.Values.Distinct());
    }

    [Fact]
    public void Every_durable_task_member_the_worker_extension_uses_exists_in_the_shipped_packages()
    {
        var context = new AppLoadContext(FunctionsApp.AssemblyPath);
        var extensionPath = Path.Combine(FunctionsApp.OutputDirectory, Extension + ".dll");
        var extension = context.LoadFromAssemblyPath(extensionPath);

        using var pe = new PEReader(File.OpenRead(extensionPath));
        var reader = pe.GetMetadataReader();
        var unresolved = new List<string>();
        var checkedCount = 0;

        foreach (var handle in reader.TypeReferences)
        {
            if (!IsFromDurableTask(reader, reader.GetTypeReference(handle).ResolutionScope))
            {
                continue;
            }

            checkedCount++;
            Check(() => extension.ManifestModule.ResolveType(MetadataTokens.GetToken(handle)), handle, reader, unresolved);
        }

        foreach (var handle in reader.MemberReferences)
        {
            var parent = reader.GetMemberReference(handle).Parent;
            if (parent.Kind != HandleKind.TypeReference
                || !IsFromDurableTask(reader, reader.GetTypeReference((TypeReferenceHandle)parent).ResolutionScope))
            {
                continue;
            }

            checkedCount++;
            Check(() => extension.ManifestModule.ResolveMember(MetadataTokens.GetToken(handle)), handle, reader, unresolved);
        }

        Assert.True(checkedCount > 20, $"Only {checkedCount} references to Microsoft.DurableTask.* found: is this still the Durable extension?");
        Assert.Empty(unresolved);
    }

    private static void Check(Func<object?> resolve, EntityHandle handle, MetadataReader reader, List<string> unresolved)
    {
        try
        {
            _ = resolve();
        }
        catch (Exception e) when (e is MissingMemberException or TypeLoadException or FileNotFoundException or BadImageFormatException)
        {
            unresolved.Add($"{Describe(reader, handle)}: {e.Message}");
        }
    }

    private static bool IsFromDurableTask(MetadataReader reader, EntityHandle scope) =>
        scope.Kind switch
        {
            HandleKind.AssemblyReference =>
                reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name).StartsWith("Microsoft.DurableTask.", StringComparison.Ordinal),
            HandleKind.TypeReference => IsFromDurableTask(reader, reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope),
            _ => false,
        };

    private static string Describe(MetadataReader reader, EntityHandle handle) =>
        handle.Kind == HandleKind.MemberReference
            ? reader.GetString(reader.GetMemberReference((MemberReferenceHandle)handle).Name)
            : reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Name);

    /// <summary>Resolves the app's dependencies from its own deps.json, as the worker process does.</summary>
    private sealed class AppLoadContext(string appAssemblyPath) : AssemblyLoadContext(isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(appAssemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
