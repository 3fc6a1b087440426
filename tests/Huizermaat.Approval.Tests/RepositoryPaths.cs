using System.Reflection;

namespace Huizermaat.Approval.Tests;

/// <summary>Where the repository and the shared protocol folder beside it are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string SharedProtocol(string file)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "protocol", file));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The shared protocol file is missing: expected it at {path} (shared/ lies beside the repository).", path);
    }
}
