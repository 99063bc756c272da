using System.Text.Json;

namespace Hyyve.Domain.Chatwoot.Api;

/// <summary>A message as the Application API returns it; only the fields Hyyve reads. <c>content_attributes</c> is
/// free-form (an object, or a JSON string when another client posted one), hence a raw element.</summary>
public sealed record ChatwootMessage(long Id, bool Private, JsonElement ContentAttributes);
