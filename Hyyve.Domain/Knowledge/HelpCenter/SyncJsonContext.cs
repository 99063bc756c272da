using System.Text.Json.Serialization;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Hyyve's own JSON of the sync: the job payload (both hosts' queues), recorded failures and document metadata.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HelpCenterSyncJob))]
[JsonSerializable(typeof(List<SyncFailure>))]
[JsonSerializable(typeof(ArticleMetadata))]
public sealed partial class SyncJsonContext : JsonSerializerContext;
