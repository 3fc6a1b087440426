using Huizermaat.Approval.Web.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Huizermaat.Approval.Functions;

public static class HealthFunction
{
    [Function("Health")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = HealthHandler.Route)] HttpRequest request) =>
        Invocation.Handle(request, HealthHandler.Handle);
}
