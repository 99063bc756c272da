using System.Globalization;
using System.Text.Json;

namespace Hyyve.Eval;

/// <summary>
/// <c>fit</c>: learns the fusion and confidence weights from per-case results of the dstc11 and helpcenter commands (run
/// them first with <c>Answering__RetrievedSources=30</c> so that every fusion candidate is in the results). Each source
/// counts equally, however many cases it has, so neither corpus's phrasing dominates. Prints the weights as settings.
/// Fusion learns "is a gold source" per candidate; confidence learns "the knowledge answers this turn" per case, with the
/// L2 penalty that predicts held-out cases best (<see cref="PenaltyChoice"/>): once over every case (the weights for
/// knowledge without entities) and once over the cases asked of knowledge about named entities (signal
/// <c>entityKnowledge</c>; dstc11 here), whose weights apply there.
/// </summary>
public static class FitCommand
{
    private static readonly string[] ConfidenceFeatures =
        ["Entity", "Question", "Transactional", "Coverage", "Similarity", "Margin", "Agreement", "SentenceSimilarity", "FollowUp", "NovelWordSupport", "OtherSubject"];

    private static readonly string[] FusionFeatures = ["Similarity", "Coverage", "LexicalRank", "SemanticRank"];

    public static async Task<int> RunAsync(IReadOnlyList<FileInfo> results, TextWriter output)
    {
        var confidence = new List<(double[] X, bool Y, double Weight, string Corpus)>();
        var entityConfidence = new List<(double[] X, bool Y, double Weight, string Corpus)>();
        var fusion = new List<(double[] X, bool Y, double Weight)>();
        foreach (var file in results)
        {
            var rows = Dstc11Evaluation.ReadJsonl(file.FullName).ToList();
            var (caseSamples, candidateSamples) = (new List<(double[], bool)>(), new List<(double[], bool)>());
            var entitySamples = new List<(double[], bool)>();
            foreach (var row in rows)
            {
                var (outcome, answerable, gold) = Read(row);
                if (outcome.ValueKind != JsonValueKind.Object || !outcome.TryGetProperty("signals", out var signals)
                    || signals.ValueKind != JsonValueKind.Object || !signals.GetProperty("hasVectors").GetBoolean())
                {
                    continue; // a human request or small talk: no retrieval to learn from
                }

                // Confidence predicts whether answering is the right decision: the knowledge answers the question. (Which
                // source then answers is retrieval's part, measured by Hit@k and answers citing gold.)
                var candidates = outcome.GetProperty("candidates").EnumerateArray().ToList();
                caseSamples.Add((ConfidenceRow(signals), answerable));
                if (signals.TryGetProperty("entityKnowledge", out var entityKnowledge) && entityKnowledge.GetBoolean())
                {
                    entitySamples.Add((ConfidenceRow(signals), answerable));
                }

                if (answerable && gold.Count > 0)
                {
                    candidateSamples.AddRange(candidates.Select(c => (FusionRow(c), gold.Contains(c.GetProperty("externalId").GetString()!))));
                }
            }

            confidence.AddRange(CountingOnce(caseSamples, file.Name));
            entityConfidence.AddRange(CountingOnce(entitySamples, file.Name));
            fusion.AddRange(candidateSamples.Select(s => (s.Item1, s.Item2, 1.0 / Math.Max(1, candidateSamples.Count))));
            await output.WriteLineAsync($"{file.Name}: {caseSamples.Count} cases, {candidateSamples.Count} fusion candidates");
        }

        if (confidence.Count == 0 || fusion.Count == 0)
        {
            await output.WriteLineAsync("No results with vector signals: run the evaluations with the vector channel on.");
            return 2;
        }

        Print(output, "Knowledge__Fusion__", FusionFeatures, LogisticRegression.Fit(fusion), withBias: false);
        var l2 = PenaltyChoice.Choose(confidence, output);
        Print(output, "Answering__Confidence__", ConfidenceFeatures,
            LogisticRegression.Fit([.. confidence.Select(s => (s.X, s.Y, s.Weight))], l2: l2), withBias: true);
        if (entityConfidence.Count > 0)
        {
            var entityL2 = PenaltyChoice.Choose(entityConfidence, output);
            Print(output, "Answering__EntityConfidence__", ConfidenceFeatures,
                LogisticRegression.Fit([.. entityConfidence.Select(s => (s.X, s.Y, s.Weight))], l2: entityL2), withBias: true);
        }

        return 0;
    }

    /// <summary>A corpus's cases weighted so that together they count once, whatever their number.</summary>
    private static IEnumerable<(double[] X, bool Y, double Weight, string Corpus)> CountingOnce(List<(double[], bool)> samples, string corpus) =>
        samples.Select(s => (s.Item1, s.Item2, 1.0 / Math.Max(1, samples.Count), corpus));

    /// <summary>dstc11 rows hold <c>hyyve</c> (an AskOutcome) and <c>answerable</c>; helpcenter rows hold the outcome inline.</summary>
    private static (JsonElement Outcome, bool Answerable, HashSet<string> Gold) Read(JsonElement row)
    {
        var gold = row.GetProperty("gold").EnumerateArray().Select(g => g.GetString()!).ToHashSet();
        if (row.TryGetProperty("hyyve", out var hyyve))
        {
            var outcome = JsonSerializer.SerializeToElement(new
            {
                signals = hyyve.GetProperty("Signals"),
                candidates = hyyve.GetProperty("RetrievedDetail"),
            });
            return (outcome, row.GetProperty("answerable").GetBoolean(), gold);
        }

        var answerable = row.GetProperty("expected").GetString() == "answer";
        var relevant = answerable || row.GetProperty("expectedReason").GetString() == "missing_knowledge";
        return (relevant ? row : default, answerable, gold);
    }

    private static double[] ConfidenceRow(JsonElement s) =>
    [
        Flag(s, "entityResolved"), Flag(s, "questionForm"), Flag(s, "transactional"), s.GetProperty("coverage").GetDouble(),
        s.GetProperty("similarity").GetDouble(), s.GetProperty("margin").GetDouble(), Flag(s, "agreement"),
        s.GetProperty("sentenceSimilarity").GetDouble(), Flag(s, "followUp"),
        s.TryGetProperty("novelWordSupport", out var novel) ? novel.GetDouble() : 1,
        s.TryGetProperty("otherSubject", out var other) && other.GetBoolean() ? 1 : 0,
    ];

    private static double[] FusionRow(JsonElement c) =>
    [
        c.GetProperty("similarity").GetDouble(), c.GetProperty("coverage").GetDouble(),
        Reciprocal(c.GetProperty("lexicalRank")), Reciprocal(c.GetProperty("semanticRank")),
    ];

    private static double Flag(JsonElement s, string name) => s.GetProperty(name).GetBoolean() ? 1 : 0;

    private static double Reciprocal(JsonElement rank) => rank.ValueKind == JsonValueKind.Number ? 1.0 / (1 + rank.GetInt32()) : 0;

    private static void Print(TextWriter output, string prefix, string[] names, (double Bias, double[] Weights) fit, bool withBias)
    {
        output.WriteLine();
        if (withBias)
        {
            output.WriteLine($"{prefix}Bias={fit.Bias.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        for (var i = 0; i < names.Length; i++)
        {
            output.WriteLine($"{prefix}{names[i]}={fit.Weights[i].ToString("0.###", CultureInfo.InvariantCulture)}");
        }
    }
}
