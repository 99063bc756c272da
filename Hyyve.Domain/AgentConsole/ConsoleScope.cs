using Hyyve.Domain.Tenancy;

namespace Hyyve.Domain.AgentConsole;

/// <summary>Which tenants a console caller sees: one tenant for a tenant key, every tenant (null) for the admin key.</summary>
public static class ConsoleScope
{
    public static Guid? TenantOf(ApiKeyIdentity caller) => caller.Scope == ApiKeyScope.Admin ? null : caller.TenantId;
}
