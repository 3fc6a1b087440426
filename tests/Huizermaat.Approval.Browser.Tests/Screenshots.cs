using System.Reflection;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>Where the browser tests leave their screenshots: <c>TestResults/screenshots/</c> in the repository root.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static string PathFor(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, name + ".png");
    }

    private static string RepositoryRoot() =>
        typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The test assembly carries no RepositoryRoot metadata.");
}
