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
        api.MapCredentialEndpoints();
        return api;
    }

    /// <summary>Rotation without downtime: the bot's signing secret (with a grace for the old one), tenant API keys, and
    /// re-encryption of stored secrets after <c>Tenancy__EncryptionKey</c> changed.</summary>
    private static void MapCredentialEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/tenants/{tenantId:guid}/bot-secret", (Guid tenantId, RotateBotSecretRequest body, HttpContext context,
            BotSecretRotation rotation, CancellationToken cancellationToken) =>
            rotation.RotateAsync(context.ApiKey(), tenantId, body, cancellationToken))
            .RequireAuthorization(ApiPolicies.AnyKey).WithName("RotateBotSecret").WithTags("Tenants")
            .WithDescription("Use the agent bot's new signing secret (after an administrator reset it in Chatwoot); the old one "
                + "still verifies deliveries for Tenancy__BotSecretGrace.")
            .Produces<BotSecretRotated>().ProducesValidationProblem().ProducesKeyProblems();
        api.MapPost("/tenants/{tenantId:guid}/api-keys", async (Guid tenantId, IssueApiKeyRequest body, HttpContext context,
            TenantApiKeys keys, CancellationToken cancellationToken) =>
        {
            var issued = await keys.IssueAsync(context.ApiKey(), tenantId, body, cancellationToken);
            return Results.Created($"/api/tenants/{tenantId}/api-keys/{issued.Id}", issued);
        }).RequireAuthorization(ApiPolicies.AnyKey).WithName("IssueApiKey").WithTags("Tenants")
            .Produces<IssuedApiKey>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesKeyProblems();
        api.MapDelete("/tenants/{tenantId:guid}/api-keys/{keyId:guid}", async (Guid tenantId, Guid keyId, HttpContext context,
            TenantApiKeys keys, CancellationToken cancellationToken) =>
        {
            await keys.RevokeAsync(context.ApiKey(), tenantId, keyId, cancellationToken);
            return Results.NoContent();
        })
            .RequireAuthorization(ApiPolicies.AnyKey).WithName("RevokeApiKey").WithTags("Tenants")
            .Produces(StatusCodes.Status204NoContent).ProducesKeyProblems();
        api.MapPost("/admin/secrets/reencrypt", (SecretReencryption reencryption, CancellationToken cancellationToken) =>
            reencryption.ReencryptAllAsync(cancellationToken))
            .RequireAuthorization(ApiPolicies.Admin).WithName("ReencryptSecrets").WithTags("Tenants")
            .WithDescription("Encrypt every stored Chatwoot token and secret with the current Tenancy__EncryptionKey "
                + "(after moving the old key to Tenancy__PreviousEncryptionKeys). Repeating it changes nothing.")
            .Produces<SecretsReencrypted>().ProducesKeyProblems();
    }
}
