namespace Hyyve.Domain.Tenancy;

/// <summary>A project to connect: a Chatwoot inbox and, optionally, the Help Center portal its knowledge syncs from.</summary>
public sealed record ProjectConnection(string Name, long InboxId, string? PortalSlug = null, string? Locale = null,
    double? ConfidenceThreshold = null, string? HandoffMessage = null);
