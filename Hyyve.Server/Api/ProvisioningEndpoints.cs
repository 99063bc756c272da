using Hyyve.Domain.Provisioning;
using Hyyve.Server.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace Hyyve.Server.Api;

internal static class ProvisioningEndpoints
{
    /// <summary>Provision a tenant as a durable run (admin key), follow it, resume it, or roll it back.</summary>
    public static RouteGroupBuilder MapProvisioningEndpoints(this RouteGroupBuilder api)
    {
        // 202 with the run to follow; a repeated Idempotency-Key answers 200 with the run it started.
        api.MapPost("/tenants", async (ProvisionTenantRequest? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            HttpRequest request, ProvisioningRequests provisioning, CancellationToken cancellationToken) =>
        {
            var (run, created) = await provisioning.StartAsync(body, idempotencyKey, new Uri($"{request.Scheme}://{request.Host}/"), cancellationToken);
            return created ? Results.Accepted(Location(run), run) : Results.Ok(run);
        }).RequireAuthorization(ApiPolicies.Admin).WithName("ProvisionTenant").WithTags("Tenants").Accepts<ProvisionTenantRequest>("application/json")
            .Produces<ProvisioningRun>(StatusCodes.Status202Accepted).Produces<ProvisioningRun>().ProducesValidationProblem().ProducesKeyProblems();

        var runs = api.MapGroup("/provisioning/{runId:guid}").RequireAuthorization(ApiPolicies.Admin).WithTags("Tenants").ProducesKeyProblems();
        runs.MapGet("/", (Guid runId, ProvisioningRequests provisioning, CancellationToken cancellationToken) =>
            provisioning.GetAsync(runId, cancellationToken)).WithName("GetProvisioningRun").Produces<ProvisioningRun>();
        runs.MapPost("/retry", async (Guid runId, ProvisioningRequests provisioning, CancellationToken cancellationToken) =>
        {
            var run = await provisioning.RetryAsync(runId, cancellationToken);
            return Results.Accepted(Location(run), run);
        }).WithName("RetryProvisioningRun").Produces<ProvisioningRun>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        runs.MapPost("/rollback", async (Guid runId, ProvisioningRequests provisioning, CancellationToken cancellationToken) =>
        {
            var run = await provisioning.RollbackAsync(runId, cancellationToken);
            return Results.Accepted(Location(run), run);
        }).WithName("RollbackProvisioningRun").Produces<ProvisioningRun>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static string Location(ProvisioningRun run) => $"/api/provisioning/{run.Id}";
}
