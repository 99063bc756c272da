using System.Text.Json.Serialization;

namespace Hyyve.Domain.Knowledge;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IngestDocumentsJob))]
[JsonSerializable(typeof(EmbedChunksJob))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
