using Huizermaat.Approval.Functions;
using Huizermaat.Approval.Web.Composition;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddHuizermaatApp(builder.Configuration, builder.Environment);
builder.Services.AddHuizermaatTelemetry(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
