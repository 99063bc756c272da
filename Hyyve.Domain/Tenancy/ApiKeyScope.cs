namespace Hyyve.Domain.Tenancy;

public enum ApiKeyScope
{
    /// <summary>Platform administrator: provisions and connects tenants, sees every tenant.</summary>
    Admin,

    /// <summary>One tenant's key: its projects, knowledge and analytics only.</summary>
    Tenant,
}
