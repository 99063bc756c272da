using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Hyyve.Domain.Telemetry;

namespace Hyyve.Domain.Jobs;

/// <summary>A job to enqueue. <paramref name="DedupeKey"/> makes enqueueing idempotent.</summary>
public sealed record JobRequest(
    string Kind,
    string PayloadJson,
    string? DedupeKey = null,
    DateTimeOffset? RunAt = null,
    int? MaxAttempts = null)
{
    public static JobRequest Create<T>(string kind, T payload, JsonTypeInfo<T> typeInfo, string? dedupeKey = null) =>
        new(kind, JobTrace.Stamp(JsonSerializer.Serialize(payload, typeInfo)), dedupeKey);
}
