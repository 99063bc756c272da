using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Http;

/// <summary>Rails-like params: the JSON body merged with the query string (the body wins).</summary>
internal static class RequestParams
{
    public static async Task<JsonObject> ReadAsync(HttpContext http)
    {
        JsonObject result = [];
        http.Request.Body.Position = 0;
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        // The middleware buffered the whole body; like Rails, a fully received request is handled even if the client left.
        var text = await reader.ReadToEndAsync(CancellationToken.None);
        http.Request.Body.Position = 0;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                if (JsonNode.Parse(text) is JsonObject body)
                {
                    result = body;
                }
            }
            catch (JsonException)
            {
                // Rails answers a malformed JSON body with an empty params hash for our purposes.
            }
        }

        foreach (var (key, value) in http.Request.Query)
        {
            if (!result.ContainsKey(key))
            {
                result[key] = value.ToString();
            }
        }

        return result;
    }

    /// <summary>Rails param wrapping: <c>{"article":{…}}</c> and a flat body are both accepted.</summary>
    public static JsonObject Wrapped(JsonObject body, string key) => body[key] as JsonObject ?? body;

    public static string? Str(this JsonObject o, string key) => o[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
    };

    public static int? Int(this JsonObject o, string key) => o[key] switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var i) => i,
        _ => null,
    };

    public static bool Bool(this JsonObject o, string key) => o[key] switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s is "true" or "1",
        _ => false,
    };

    public static bool Has(this JsonObject o, string key) => o.ContainsKey(key);
}
