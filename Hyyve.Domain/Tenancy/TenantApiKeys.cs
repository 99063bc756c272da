using Hyyve.Domain.Errors;
using Npgsql;

namespace Hyyve.Domain.Tenancy;

/// <summary>Issues and revokes a tenant's API keys, for the platform admin or the tenant's own key. A revoked key is
/// refused from the next request on; the other keys keep working, so keys can be rotated without downtime.</summary>
public sealed class TenantApiKeys(NpgsqlDataSource dataSource, ApiKeyStore keys, TenantStore tenants)
{
    public async Task<IssuedApiKey> IssueAsync(ApiKeyIdentity caller, Guid tenantId, IssueApiKeyRequest request, CancellationToken cancellationToken)
    {
        await EnsureTenantAsync(caller, tenantId, cancellationToken);
        var name = string.IsNullOrWhiteSpace(request.Name) ? "tenant key" : request.Name.Trim();
        if (name.Length > 200)
        {
            throw new ValidationFailedException("name", "name must be at most 200 characters.");
        }

        var (id, key) = await keys.CreateWithIdAsync(ApiKeyScope.Tenant, tenantId, name, cancellationToken);
        return new IssuedApiKey(id, tenantId, name, ApiKeyHasher.DisplayPrefix(key), key);
    }

    /// <summary>Revokes one of the tenant's keys (404 when it has no such active key).</summary>
    public async Task RevokeAsync(ApiKeyIdentity caller, Guid tenantId, Guid keyId, CancellationToken cancellationToken)
    {
        await EnsureTenantAsync(caller, tenantId, cancellationToken);
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.api_keys SET revoked_at = now()
            WHERE id = @id AND tenant_id = @tenant_id AND scope = 'tenant' AND revoked_at IS NULL
            """);
        command.Parameters.AddWithValue("id", keyId);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new NotFoundException($"Tenant {tenantId} has no active API key {keyId}.");
        }
    }

    private async Task EnsureTenantAsync(ApiKeyIdentity caller, Guid tenantId, CancellationToken cancellationToken)
    {
        if (!caller.CanAccessTenant(tenantId) || await tenants.FindAsync(tenantId, cancellationToken) is null)
        {
            throw new NotFoundException($"Tenant {tenantId} was not found.");
        }
    }
}
