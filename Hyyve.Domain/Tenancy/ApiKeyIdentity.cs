namespace Hyyve.Domain.Tenancy;

/// <summary>Who a presented key belongs to.</summary>
public sealed record ApiKeyIdentity(ApiKeyScope Scope, Guid? TenantId, string KeyName)
{
    public bool CanAccessTenant(Guid tenantId) => Scope == ApiKeyScope.Admin || TenantId == tenantId;
}
