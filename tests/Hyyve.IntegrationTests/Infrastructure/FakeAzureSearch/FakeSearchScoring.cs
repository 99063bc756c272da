using System.Text.Json.Nodes;

namespace Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;

/// <summary>
/// Ranking close enough to the service's for tests: BM25-like term weights over the searchable fields (lower case, a
/// plural <c>s</c> folded, <c>word*</c> as a prefix), cosine similarity for vector queries, and reciprocal rank fusion
/// (k = 60) when text and vectors are both given, as a hybrid query is ranked by the service.
/// </summary>
internal static class FakeSearchScoring
{
    private const int FusionK = 60;

    public static List<(JsonObject Document, double Score)> Rank(List<JsonObject> docs, IReadOnlySet<string> searchable, string? search,
        JsonArray? vectorQueries)
    {
        var rankings = new List<List<(JsonObject Document, double Score)>>();
        var matchAll = string.IsNullOrWhiteSpace(search) || search.Trim() == "*";
        if (!matchAll)
        {
            rankings.Add(Text(docs, searchable, search!));
        }

        foreach (var query in vectorQueries?.OfType<JsonObject>() ?? [])
        {
            rankings.Add(Vector(docs, query));
        }

        return rankings.Count switch
        {
            0 => [.. docs.Select(d => (d, 1.0))],
            1 => rankings[0],
            _ => [.. rankings.SelectMany(r => r.Select((hit, rank) => (hit.Document, Score: 1.0 / (FusionK + rank + 1))))
                .GroupBy(h => h.Document).Select(g => (g.Key, g.Sum(h => h.Score))).OrderByDescending(h => h.Item2)],
        };
    }

    private static List<(JsonObject, double)> Text(List<JsonObject> docs, IReadOnlySet<string> searchable, string search)
    {
        var terms = search.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => (Word: Normalize(t.TrimEnd('*')), Prefix: t.EndsWith('*'))).Where(t => t.Word.Length > 0).ToList();
        var tokens = docs.ToDictionary(d => d, d => searchable.SelectMany(f => Tokens(d[f]?.GetValue<string>())).ToList());
        double Tf(JsonObject d, (string Word, bool Prefix) t) => tokens[d].Count(w => t.Prefix ? w.StartsWith(t.Word, StringComparison.Ordinal) : w == t.Word);
        var weights = terms.Select(t =>
        {
            var df = docs.Count(d => Tf(d, t) > 0);
            return Math.Log(1 + (docs.Count - df + 0.5) / (df + 0.5));
        }).ToList();
        return [.. docs.Select(d => (d, Score: terms.Select((t, i) => weights[i] * Tf(d, t) / (Tf(d, t) + 1.2)).Sum()))
            .Where(h => h.Score > 0).OrderByDescending(h => h.Score)];
    }

    private static List<(JsonObject, double)> Vector(List<JsonObject> docs, JsonObject query)
    {
        var vector = query["vector"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        var field = query["fields"]!.GetValue<string>();
        var k = query["k"]?.GetValue<int>() ?? 50;
        return [.. docs.Where(d => d[field] is JsonArray).Select(d => (d, Score: Cosine(vector, d[field]!.AsArray())))
            .OrderByDescending(h => h.Score).Take(k)];
    }

    private static double Cosine(double[] a, JsonArray b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length && i < b.Count; i++)
        {
            var y = b[i]!.GetValue<double>();
            dot += a[i] * y;
            na += a[i] * a[i];
            nb += y * y;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static IEnumerable<string> Tokens(string? text) =>
        System.Text.RegularExpressions.Regex.Split(text ?? "", @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).Select(Normalize);

    private static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 3 && lower.EndsWith('s') ? lower[..^1] : lower;
    }
}
