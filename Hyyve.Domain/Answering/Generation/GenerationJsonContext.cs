using System.Text.Json.Serialization;

namespace Hyyve.Domain.Answering.Generation;

// Numbers as strings are read too: some local models quote them despite the schema.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ModelAnswer))]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
