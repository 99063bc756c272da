using System.Text.Json.Serialization;

namespace Hyyve.Domain.Jobs;

/// <summary>Source-generated JSON for every job payload, shared by both hosts' queues.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnswerMessageJob))]
public sealed partial class JobJsonContext : JsonSerializerContext;
