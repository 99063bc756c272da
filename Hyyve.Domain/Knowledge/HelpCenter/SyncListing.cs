namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The answer of <c>GET /api/projects/{id}/sync</c>: the portal, the schedule and the latest runs, newest first.</summary>
public sealed record SyncListing(string? PortalSlug, string? Locale, SyncScheduleView Schedule, IReadOnlyList<SyncRun> Runs);
