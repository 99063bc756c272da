using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;

namespace Hyyve.Server.Api;

public static class HttpContextIdentityExtensions
{
    /// <summary>The caller's key identity; the endpoint's policy has already required one.</summary>
    public static ApiKeyIdentity ApiKey(this HttpContext context) =>
        context.Items[typeof(ApiKeyIdentity)] as ApiKeyIdentity
        ?? throw new InvalidOperationException("Endpoint is missing its authorization policy.");

    /// <summary>Throws 404 (not 403) for another tenant's resources, so ids of other tenants are not confirmed.</summary>
    public static void EnsureTenant(this HttpContext context, Guid tenantId, string what)
    {
        if (!context.ApiKey().CanAccessTenant(tenantId))
        {
            throw new NotFoundException($"{what} was not found.");
        }
    }
}
