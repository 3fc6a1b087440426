using Huizermaat.Approval.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddHuizermaatApproval();
await builder.Build().RunAsync().ConfigureAwait(false);
