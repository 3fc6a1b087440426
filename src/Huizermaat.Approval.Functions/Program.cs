using Huizermaat.Approval.Web.Composition;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddHuizermaatApp(builder.Configuration, builder.Environment);

await builder.Build().RunAsync().ConfigureAwait(false);
