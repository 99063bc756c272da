using Hyyve.Domain.Tenancy;
using Hyyve.Server.Api.OpenApi;

namespace Hyyve.Server.Api;

internal static class TenantEndpoints
{
    /// <summary><c>POST /api/tenants/connect</c> (admin): register an existing Chatwoot account and attach Hyyve's bot to its inboxes.</summary>
    public static RouteGroupBuilder MapTenantEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tenants/connect", async (ConnectTenantRequest? body, HttpRequest request, TenantConnector connector,
            CancellationToken cancellationToken) =>
        {
            var publicBase = new Uri($"{request.Scheme}://{request.Host}/");
            var result = await connector.ConnectAsync(body, publicBase, cancellationToken);
            return result.Created ? Results.Created($"/api/tenants/{result.TenantId}", result) : Results.Ok(result);
        }).RequireAuthorization(ApiPolicies.Admin).WithName("ConnectTenant").WithTags("Tenants").Accepts<ConnectTenantRequest>("application/json")
            .Produces<ConnectTenantResult>().Produces<ConnectTenantResult>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesKeyProblems().ProducesProblem(StatusCodes.Status502BadGateway);
        return api;
    }
}
