using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// helpcenter: loads <c>documents.json</c> of a help center through <c>POST /documents</c>, asks every case of
/// <c>eval/{set}.jsonl</c> through <c>POST /ask</c> with its conversation, and scores it as right, wrong answer,
/// needless handoff or wrong handoff reason (<see cref="HelpCenterScoring"/>).
/// </summary>
public static class HelpCenterEvaluation
{
    public static async Task<int> RunAsync(EvalSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var documentsFile = Path.Combine(settings.Data.FullName, "documents.json");
        var casesFile = Path.Combine(settings.Data.FullName, "eval", $"{settings.Set}.jsonl");
        if (!File.Exists(documentsFile) || !File.Exists(casesFile))
        {
            await output.WriteLineAsync($"No documents.json and eval/{settings.Set}.jsonl in {settings.Data.FullName}.");
            return 2;
        }

        using var documentsJson = JsonDocument.Parse(await File.ReadAllTextAsync(documentsFile, cancellationToken));
        var documents = documentsJson.RootElement.GetProperty("documents").EnumerateArray().Select(d => (object)d.Clone()).ToList();
        var cases = Dstc11Evaluation.ReadJsonl(casesFile).Select(HelpCenterCase.Parse).Take(settings.Limit ?? int.MaxValue).ToList();

        await using var env = await EvalEnvironment.StartAsync(settings.Connection, cancellationToken, settings.Overrides);
        var load = await KnowledgeLoader.LoadAsync(env, documents, cancellationToken);
        await output.WriteLineAsync($"Loaded {load} through POST /documents; asking {cases.Count} cases of {settings.Set}.");
        var results = new List<HelpCenterResult>();
        await using (var jsonl = new StreamWriter(settings.Output.FullName))
        {
            // A warm pass first, for the latency of a process whose caches (term statistics, vectors, the model) are warm.
            foreach (var item in settings.Warm ? cases : [])
            {
                await AskClient.AskAsync(env, item.Question, History(item), useContext: true, cancellationToken);
            }

            foreach (var item in cases)
            {
                var outcome = await AskClient.AskAsync(env, item.Question, History(item), useContext: true, cancellationToken);
                var result = new HelpCenterResult(item, outcome, HelpCenterScoring.Score(item, outcome));
                results.Add(result);
                await jsonl.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = item.Id, kind = item.Kind, question = item.Question, expected = item.Expected, expectedReason = item.Reason,
                    gold = item.Gold, verdict = result.Verdict.ToString(), decision = outcome.Decision, reason = outcome.Reason,
                    confidence = outcome.Confidence, cited = outcome.Cited, retrieved = outcome.Retrieved.Take(5),
                    missingFacts = item.Expected == "answer" ? HelpCenterScoring.MissingFacts(item, outcome) : [],
                    answer = outcome.Answer, draftAnswer = outcome.DraftAnswer, latencyMs = outcome.LatencyMs,
                    signals = outcome.Signals, candidates = outcome.RetrievedDetail,
                }));
            }
        }

        HelpCenterReport.Write(output, settings.Set, results, load, env.ConfidenceThreshold);
        await output.WriteLineAsync($"\nPer-case results: {settings.Output.FullName}");
        return 0;
    }

    /// <summary>The case's conversation as <c>/ask</c> takes it.</summary>
    private static List<object> History(HelpCenterCase item) => [.. item.History.Select(t => (object)new { role = t.Role, text = t.Text })];
}
