using System.Text.Json.Serialization;

namespace Hyyve.Domain.Answering;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Citation>))]
internal sealed partial class AnsweringJsonContext : JsonSerializerContext;
