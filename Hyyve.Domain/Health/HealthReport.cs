using System.Text.Json.Serialization;

namespace Hyyve.Domain.Health;

/// <summary>What <c>GET /api/health</c> returns. <see cref="Status"/> is <c>healthy</c> or <c>unhealthy</c>; <see cref="Sync"/> is the
/// last finished Help Center sync of each project (a failed one does not make the service unhealthy: its error says what to fix).</summary>
public sealed record HealthReport(string Status, DatabaseHealth Database, QueueHealth? Queue, DateTimeOffset CheckedAt,
    IReadOnlyList<ProjectSyncHealth>? Sync = null)
{
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

public sealed record DatabaseHealth(bool Reachable, double LatencyMs, string? Error);

public sealed record QueueHealth(long Depth, long Running, double OldestReadyAgeSeconds, long DeadLetters);

public sealed record ProjectSyncHealth(Guid ProjectId, Guid RunId, string Status, DateTimeOffset? FinishedAt, int Created, int Updated,
    int Deleted, int Unchanged, int Failed, string? Error);
