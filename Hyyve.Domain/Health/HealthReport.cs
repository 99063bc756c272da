using System.Text.Json.Serialization;

namespace Hyyve.Domain.Health;

/// <summary>What <c>GET /api/health</c> returns. <see cref="Status"/> is <c>healthy</c> or <c>unhealthy</c>.</summary>
public sealed record HealthReport(string Status, DatabaseHealth Database, QueueHealth? Queue, DateTimeOffset CheckedAt)
{
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

public sealed record DatabaseHealth(bool Reachable, double LatencyMs, string? Error);

public sealed record QueueHealth(long Depth, long Running, double OldestReadyAgeSeconds, long DeadLetters);
