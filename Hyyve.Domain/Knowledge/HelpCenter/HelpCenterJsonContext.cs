using System.Text.Json.Serialization;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Chatwoot's snake_case shapes of the Help Center routes; fields the sync does not read are ignored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ArticlePage))]
[JsonSerializable(typeof(HelpCenterPortal))]
internal sealed partial class HelpCenterJsonContext : JsonSerializerContext;
