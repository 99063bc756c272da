namespace Hyyve.Domain.Tenancy;

/// <summary>A project: one Chatwoot inbox and its own knowledge base. Null settings fall back to service defaults.</summary>
public sealed record Project(
    Guid Id,
    Guid TenantId,
    string Name,
    long? ChatwootInboxId = null,
    string? PortalSlug = null,
    string? Locale = null,
    double? ConfidenceThreshold = null,
    string? HandoffMessage = null);
