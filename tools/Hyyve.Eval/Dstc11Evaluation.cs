using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// dstc11: loads the knowledge through <c>POST /documents</c> (document <c>id</c> → <c>externalId</c>), then asks every case
/// through <c>POST /ask</c> twice: with the conversation (Hyyve) and with the last customer message alone (baseline).
/// </summary>
public static class Dstc11Evaluation
{
    public static async Task<int> RunAsync(EvalSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var knowledgeFile = Path.Combine(settings.Data.FullName, "knowledge.jsonl");
        var casesFile = Path.Combine(settings.Data.FullName, "dev.jsonl");
        if (!File.Exists(knowledgeFile) || !File.Exists(casesFile))
        {
            await output.WriteLineAsync($"No knowledge.jsonl and dev.jsonl in {settings.Data.FullName}.");
            return 2;
        }

        var documents = ReadJsonl(knowledgeFile).Select(d => (object)new
        {
            externalId = d.GetProperty("id").GetString(),
            title = d.GetProperty("title").GetString(),
            content = d.GetProperty("content").GetString(),
            contentType = "text",
            metadata = d.GetProperty("metadata"),
        }).ToList();
        var cases = ReadJsonl(casesFile).Take(settings.Limit ?? int.MaxValue).ToList();

        await using var env = await EvalEnvironment.StartAsync(settings.Connection, cancellationToken, settings.Overrides);
        var load = await KnowledgeLoader.LoadAsync(env, documents, cancellationToken);
        await output.WriteLineAsync($"Loaded {load} through POST /documents; asking {cases.Count} cases.");
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

        Dstc11Table.Build(results, load).Write(output);
        Dstc11Table.Calibration(results).Write(output, Dstc11Table.CalibrationTitle);
        await output.WriteLineAsync($"\nPer-case results: {settings.Output.FullName}");
        return 0;
    }

    internal static IEnumerable<JsonElement> ReadJsonl(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());
}

/// <summary>One case asked both ways.</summary>
public sealed record CaseResult(string Id, bool Answerable, IReadOnlySet<string> Gold, AskOutcome Baseline, AskOutcome Hyyve);
