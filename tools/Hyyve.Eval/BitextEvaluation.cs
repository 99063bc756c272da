using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hyyve.Eval;

/// <summary>
/// bitext: every utterance goes through <c>POST /ask</c> on an empty project; a handoff with reason
/// <c>customer_request</c> is a detected request for a human. Baseline: the words "human", "agent" or "person".
/// </summary>
public static partial class BitextEvaluation
{
    public static async Task<int> RunAsync(EvalSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var file = Path.Combine(settings.Data.FullName, "dev.jsonl");
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"No dev.jsonl in {settings.Data.FullName}.");
            return 2;
        }

        var cases = Dstc11Evaluation.ReadJsonl(file).Take(settings.Limit ?? int.MaxValue).ToList();
        await using var env = await EvalEnvironment.StartAsync(settings.Connection, cancellationToken, settings.Overrides);
        var rows = new List<(bool Actual, bool Baseline, bool Hyyve, double LatencyMs)>();
        await using (var jsonl = new StreamWriter(settings.Output.FullName))
        {
            foreach (var item in cases)
            {
                var text = item.GetProperty("text").GetString()!;
                var outcome = await AskClient.AskAsync(env, text, [], useContext: true, cancellationToken);
                var row = (item.GetProperty("wants_human").GetBoolean(), Keyword().IsMatch(text), outcome.Reason == "customer_request", outcome.LatencyMs);
                rows.Add(row);
                await jsonl.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = item.GetProperty("id").GetString(), text, wantsHuman = row.Item1, baseline = row.Item2, hyyve = row.Item3,
                    decision = outcome.Decision, reason = outcome.Reason,
                }));
            }
        }

        var (bp, br, bf) = EvalMetrics.PrecisionRecall(rows.Select(r => (r.Baseline, r.Actual)));
        var (hp, hr, hf) = EvalMetrics.PrecisionRecall(rows.Select(r => (r.Hyyve, r.Actual)));
        new ResultTable($"bitext: {rows.Count} utterances ({rows.Count(r => r.Actual)} ask for a human); baseline = keyword human|agent|person")
            .Add("human-request precision", bp, hp)
            .Add("human-request recall", br, hr)
            .Add("human-request F1", bf, hf)
            .Add("ask latency p50 (ms)", null, EvalMetrics.Percentile(rows.Select(r => r.LatencyMs), 50), "0.0")
            .Add("ask latency p95 (ms)", null, EvalMetrics.Percentile(rows.Select(r => r.LatencyMs), 95), "0.0")
            .Write(output);
        await output.WriteLineAsync($"\nPer-case results: {settings.Output.FullName}");
        return 0;
    }

    [GeneratedRegex(@"\b(human|agent|person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();
}
