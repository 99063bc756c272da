using System.Text.Json.Serialization;

namespace Hyyve.Domain.AgentConsole;

/// <summary>Reads the JSON the console's statements build in SQL.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<ConsoleSource>))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(ConsoleEvent))]
internal sealed partial class ConsoleJsonContext : JsonSerializerContext
{
    public static List<ConsoleSource> Sources(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, Default.ListConsoleSource) ?? [];
}
