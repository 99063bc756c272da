using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// dstc11: loads the knowledge through <c>POST /documents</c> (document <c>id</c> → <c>externalId</c>), then asks every case
/// through <c>POST /ask</c> twice: with the conversation (Hyyve) and with the last customer message alone (baseline).
/// </summary>
public static class Dstc11Evaluation
{
    private const int UploadBatch = 200;

    public static async Task<int> RunAsync(EvalSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var knowledgeFile = Path.Combine(settings.Data.FullName, "knowledge.jsonl");
        var casesFile = Path.Combine(settings.Data.FullName, "dev.jsonl");
        if (!File.Exists(knowledgeFile) || !File.Exists(casesFile))
        {
            await output.WriteLineAsync($"No knowledge.jsonl and dev.jsonl in {settings.Data.FullName}.");
            return 2;
        }

        var documents = ReadJsonl(knowledgeFile).Select(d => new
        {
            externalId = d.GetProperty("id").GetString(),
            title = d.GetProperty("title").GetString(),
            content = d.GetProperty("content").GetString(),
            contentType = "text",
            metadata = d.GetProperty("metadata"),
        }).ToList();
        var cases = ReadJsonl(casesFile).Take(settings.Limit ?? int.MaxValue).ToList();

        await using var env = await EvalEnvironment.StartAsync(settings.Connection, cancellationToken);
        var loading = Stopwatch.StartNew();
        foreach (var batch in documents.Chunk(UploadBatch))
        {
            using var response = await env.Client.PostAsJsonAsync($"{env.ProjectPath}/documents", new { documents = batch }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /documents answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        await output.WriteLineAsync($"Loaded {documents.Count} documents through POST /documents in {loading.Elapsed.TotalSeconds:0.0} s; asking {cases.Count} cases.");
        var results = new List<CaseResult>();
        await using (var jsonl = new StreamWriter(settings.Output.FullName))
        {
            foreach (var item in cases)
            {
                var question = item.GetProperty("question").GetString()!;
                var history = item.GetProperty("history").EnumerateArray()
                    .Select(t => (object)new { role = t.GetProperty("role").GetString(), text = t.GetProperty("text").GetString() }).ToList();
                var result = new CaseResult(item.GetProperty("id").GetString()!, item.GetProperty("answerable").GetBoolean(),
                    item.GetProperty("gold").EnumerateArray().Select(g => g.GetString()!).ToHashSet(),
                    await AskClient.AskAsync(env, question, [], useContext: false, cancellationToken),
                    await AskClient.AskAsync(env, question, history, useContext: true, cancellationToken));
                results.Add(result);
                await jsonl.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = result.Id, question, answerable = result.Answerable, gold = result.Gold, hyyve = result.Hyyve, baseline = result.Baseline,
                }));
            }
        }

        Table(results, documents.Count).Write(output);
        await output.WriteLineAsync($"\nPer-case results: {settings.Output.FullName}");
        return 0;
    }

    public static ResultTable Table(IReadOnlyList<CaseResult> results, int documents)
    {
        var answerable = results.Where(r => r.Answerable).ToList();
        double Retrieval(Func<AskOutcome, IReadOnlySet<string>, double> measure, bool hyyve) =>
            EvalMetrics.Mean(answerable.Select(r => measure(hyyve ? r.Hyyve : r.Baseline, r.Gold)));
        // A plain full-text bot has no confidence model: it answers whenever it retrieves something, citing its top result.
        bool Answered(AskOutcome o, bool hyyve) => hyyve ? o.Decision == "answer" : o.Retrieved.Count > 0;
        IEnumerable<string> Citations(AskOutcome o, bool hyyve) => hyyve ? o.Cited : o.Retrieved.Take(1);
        (double, double, double) Decisions(bool hyyve) =>
            EvalMetrics.PrecisionRecall(results.Select(r => (Answered(hyyve ? r.Hyyve : r.Baseline, hyyve), r.Answerable)));
        // Among answers given to answerable cases (an answer to an unanswerable case has no gold to cite).
        double CitesGold(bool hyyve) => EvalMetrics.Mean(answerable.Select(r => (Outcome: hyyve ? r.Hyyve : r.Baseline, r.Gold))
            .Where(x => Answered(x.Outcome, hyyve)).Select(x => Citations(x.Outcome, hyyve).Any(x.Gold.Contains) ? 1.0 : 0));
        double Latency(double p, bool hyyve) => EvalMetrics.Percentile(results.Select(r => (hyyve ? r.Hyyve : r.Baseline).LatencyMs), p);

        var (bp, br, bf) = Decisions(false);
        var (hp, hr, hf) = Decisions(true);
        return new ResultTable($"dstc11: {results.Count} cases ({answerable.Count} answerable), {documents} documents; baseline = plain full text on the last message alone, answering whenever it retrieves something")
            .Add("Hit@1 (answerable)", Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 1), false), Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 1), true))
            .Add("Hit@5 (answerable)", Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 5), false), Retrieval((o, g) => EvalMetrics.HitAt(o.Retrieved, g, 5), true))
            .Add("MRR@10 (answerable)", Retrieval((o, g) => EvalMetrics.ReciprocalRank(o.Retrieved, g, 10), false), Retrieval((o, g) => EvalMetrics.ReciprocalRank(o.Retrieved, g, 10), true))
            .Add("answered precision", bp, hp)
            .Add("answered recall", br, hr)
            .Add("answered F1", bf, hf)
            .Add("answers citing a gold document", CitesGold(false), CitesGold(true))
            .Add("ask latency p50 (ms)", Latency(50, false), Latency(50, true), "0.0")
            .Add("ask latency p95 (ms)", Latency(95, false), Latency(95, true), "0.0");
    }

    internal static IEnumerable<JsonElement> ReadJsonl(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());
}

/// <summary>One case asked both ways.</summary>
public sealed record CaseResult(string Id, bool Answerable, IReadOnlySet<string> Gold, AskOutcome Baseline, AskOutcome Hyyve);
