using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>One <c>POST /ask</c> and the parts of its answer the evaluation reads. <see cref="RetrievedCited"/> lists the
/// retrieved ids flagged as cited (for a handoff: what the draft would have cited); <see cref="CitationLabels"/> holds
/// the cited titles and links, so a fact is never found in the source list alone.</summary>
public sealed record AskOutcome(string Decision, string? Reason, double Confidence, IReadOnlyList<string> Retrieved,
    IReadOnlyList<string> Cited, double LatencyMs, JsonElement Signals)
{
    public string? Answer { get; init; }

    public string? DraftAnswer { get; init; }

    public IReadOnlyList<string> RetrievedCited { get; init; } = [];

    public IReadOnlyList<string> CitationLabels { get; init; } = [];

    /// <summary>The retrieved sources as answered, with the evidence each was ranked by (for fitting the fusion).</summary>
    public JsonElement RetrievedDetail { get; init; }

    /// <summary>What the bot said, or would have said had it answered.</summary>
    public string? Text => Decision == "handoff" ? DraftAnswer : Answer ?? DraftAnswer;

    /// <summary>The sources the answer cites, or the draft's when the bot handed off.</summary>
    public IReadOnlyList<string> WouldCite => Cited.Count > 0 ? Cited : RetrievedCited;
}

public static class AskClient
{
    public static async Task<AskOutcome> AskAsync(EvalEnvironment env, string question, IEnumerable<object> history, bool useContext,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await env.Client.PostAsJsonAsync($"{env.ProjectPath}/ask", new { question, history, useContext }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /ask answered {(int)response.StatusCode}: {body}");
        }

        // Retrieval is document-level already; keep the first occurrence of each id all the same.
        var retrieved = body.GetProperty("retrieved").EnumerateArray().Select(r => r.GetProperty("externalId").GetString()!).Distinct().ToList();
        var cited = body.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("externalId").GetString()!).ToList();
        return new AskOutcome(body.GetProperty("decision").GetString()!, OptionalString(body, "reason"),
            body.GetProperty("confidence").GetDouble(), retrieved, cited, clock.Elapsed.TotalMilliseconds,
            body.TryGetProperty("signals", out var signals) ? signals.Clone() : default)
        {
            Answer = OptionalString(body, "answer"),
            RetrievedDetail = body.GetProperty("retrieved").Clone(),
            DraftAnswer = OptionalString(body, "draftAnswer"),
            RetrievedCited = body.GetProperty("retrieved").EnumerateArray()
                .Where(r => r.TryGetProperty("cited", out var flag) && flag.ValueKind == JsonValueKind.True)
                .Select(r => r.GetProperty("externalId").GetString()!).Distinct().ToList(),
            CitationLabels = body.GetProperty("citations").EnumerateArray()
                .SelectMany(c => new[] { OptionalString(c, "title"), OptionalString(c, "url") }).OfType<string>().ToList(),
        };
    }

    private static string? OptionalString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
