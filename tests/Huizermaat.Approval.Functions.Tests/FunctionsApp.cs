using System.Reflection;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>Where the Functions app's build output is (set by the test project at build time).</summary>
internal static class FunctionsApp
{
    public static string OutputDirectory { get; } = Metadata("FunctionsOutputDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string AssemblyPath => Path.Combine(OutputDirectory, "Huizermaat.Approval.Functions.dll");

    private static string Metadata(string key) =>
        typeof(FunctionsApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
