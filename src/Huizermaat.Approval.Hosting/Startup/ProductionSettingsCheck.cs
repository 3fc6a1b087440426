namespace Huizermaat.Approval.Hosting.Startup;

/// <summary>The options type <see cref="ProductionSettingsValidation"/> hangs on: it has no settings of its own.</summary>
public sealed class ProductionSettingsCheck;
