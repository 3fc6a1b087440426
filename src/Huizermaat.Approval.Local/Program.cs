using Huizermaat.Approval.Local;

await using var app = LocalHost.Build(args);
await app.RunAsync();
