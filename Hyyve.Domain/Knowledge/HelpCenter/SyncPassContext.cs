using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>What one pass works on. <see cref="Stored"/> (external id → indexed hash) is kept current as pages are written.</summary>
internal sealed record SyncPassContext(
    Guid ProjectId,
    Guid RunId,
    ChatwootTenant Tenant,
    string PortalSlug,
    string? Locale,
    PortalAddress Address,
    Dictionary<string, string?> Stored,
    long? Watermark,
    long? Threshold,
    bool Sweep);

internal sealed record SyncPassServices(
    HelpCenterClient Client,
    HelpCenterIndex Index,
    TextChunker Chunker,
    SyncRunStore Runs,
    HelpCenterSyncOptions Options,
    int MaxDocumentChars,
    ILogger Logger);

/// <summary><paramref name="FullSweep"/>: every page was read and deletions applied.</summary>
internal sealed record SyncPassResult(bool FullSweep, long? Watermark);
