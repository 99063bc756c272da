namespace Hyyve.Domain.Tenancy;

/// <summary>A project: one Chatwoot inbox and its own knowledge base.</summary>
public sealed record Project(Guid Id, Guid TenantId, string Name);
