using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Hyyve.Domain.Jobs;

/// <summary>A job this process holds a lease on. <see cref="Attempt"/> starts at 1.</summary>
public sealed record LeasedJob(long Id, string Kind, string PayloadJson, int Attempt, int MaxAttempts, DateTimeOffset EnqueuedAt)
{
    public bool IsLastAttempt => Attempt >= MaxAttempts;

    public T Read<T>(JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(PayloadJson, typeInfo)
        ?? throw new PermanentJobException($"Job {Id} of kind {Kind} has an empty payload.");
}
