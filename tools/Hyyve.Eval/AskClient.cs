using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>One <c>POST /ask</c> and the parts of its answer the evaluation reads.</summary>
public sealed record AskOutcome(string Decision, string? Reason, double Confidence, IReadOnlyList<string> Retrieved,
    IReadOnlyList<string> Cited, double LatencyMs, JsonElement Signals);

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
        return new AskOutcome(body.GetProperty("decision").GetString()!,
            body.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : body.GetProperty("reason").GetString(),
            body.GetProperty("confidence").GetDouble(), retrieved, cited, clock.Elapsed.TotalMilliseconds,
            body.TryGetProperty("signals", out var signals) ? signals.Clone() : default);
    }
}
