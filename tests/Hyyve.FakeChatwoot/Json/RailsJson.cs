using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Serialises like Rails <c>to_json</c>: UTF-8 text as is, but <c>&lt; &gt; &amp;</c> escaped as \u003c etc.</summary>
internal static class RailsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Structural JSON never contains these characters, so replacing them in the whole text only touches strings.
    public static string Serialize(JsonNode? node) =>
        (node?.ToJsonString(Options) ?? "null")
            .Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    /// <summary>Rails' ISO-8601 form with milliseconds, e.g. <c>2026-06-17T10:00:00.000Z</c>.</summary>
    public static string Iso(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Iso(DateTimeOffset? t) => t is { } v ? Iso(v) : null;

    public static long Epoch(DateTimeOffset t) => t.ToUnixTimeSeconds();

    public static JsonNode? Epoch(DateTimeOffset? t) => t is { } v ? v.ToUnixTimeSeconds() : null;

    /// <summary><c>updated_at.to_f</c>: seconds with microseconds.</summary>
    public static double EpochFloat(DateTimeOffset t) => Math.Round(t.ToUnixTimeMilliseconds() / 1000.0 + (t.Ticks % 10_000) / 10_000_000.0, 6);

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
