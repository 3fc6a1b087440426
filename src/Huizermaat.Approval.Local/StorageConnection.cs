namespace Huizermaat.Approval.Local;

internal static class StorageConnection
{
    public const string DefaultName = "Storage";

    public static string Get(IConfiguration configuration, string name = DefaultName)
    {
        var connectionString = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"No storage connection string: set ConnectionStrings:{name} (\"UseDevelopmentStorage=true\" for Azurite on its default ports).")
            : connectionString;
    }
}
