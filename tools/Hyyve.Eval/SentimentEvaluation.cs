using System.Globalization;
using Hyyve.Domain.Sentiment;

namespace Hyyve.Eval;

/// <summary>
/// Accuracy and macro-F1 of the sentiment lexicon on human-rated review snippets (samples/sentiment), against the naive
/// baseline that always answers the most frequent label. Offline; reads only the file.
/// </summary>
public static class SentimentEvaluation
{
    private static readonly string[] Labels = ["positive", "neutral", "negative"];

    public static Task<int> RunAsync(DirectoryInfo data, TextWriter output)
    {
        var cases = File.ReadLines(Path.Combine(data.FullName, "amazon-review-snippets.tsv"))
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 3)
            .Select(f => (Gold: Label(double.Parse(f[1], CultureInfo.InvariantCulture)), Text: string.Join('\t', f[2..])))
            .ToList();
        var majority = cases.GroupBy(c => c.Gold).MaxBy(g => g.Count())!.Key;
        var lexicon = cases.Select(c => (c.Gold, Predicted: SentimentAnalyzer.Analyze(c.Text).Label)).ToList();
        var baseline = cases.Select(c => (c.Gold, Predicted: majority)).ToList();

        output.WriteLine($"Sentiment on {cases.Count} Amazon review snippets (VADER ground truth; > 0.5 positive, < -0.5 negative, else neutral)");
        output.WriteLine(string.Join(", ", Labels.Select(l => $"{l} {cases.Count(c => c.Gold == l)}")) + $"; baseline = always \"{majority}\"");
        output.WriteLine();
        output.WriteLine($"{"measure",-28} {"lexicon",10} {"majority",10}");
        output.WriteLine(new string('-', 50));
        Row(output, "accuracy", Accuracy(lexicon), Accuracy(baseline));
        Row(output, "macro F1", MacroF1(lexicon), MacroF1(baseline));
        foreach (var label in Labels)
        {
            Row(output, $"recall {label}", Recall(lexicon, label), Recall(baseline, label));
        }

        return Task.FromResult(0);
    }

    private static string Label(double mean) => mean > 0.5 ? "positive" : mean < -0.5 ? "negative" : "neutral";

    private static double Accuracy(List<(string Gold, string Predicted)> results) =>
        (double)results.Count(r => r.Gold == r.Predicted) / results.Count;

    private static double Recall(List<(string Gold, string Predicted)> results, string label) =>
        Ratio(results.Count(r => r.Gold == label && r.Predicted == label), results.Count(r => r.Gold == label));

    private static double MacroF1(List<(string Gold, string Predicted)> results) => Labels.Average(label =>
    {
        var precision = Ratio(results.Count(r => r.Gold == label && r.Predicted == label), results.Count(r => r.Predicted == label));
        var recall = Recall(results, label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    });

    private static double Ratio(int n, int d) => d == 0 ? 0 : (double)n / d;

    private static void Row(TextWriter output, string name, double lexicon, double baseline) =>
        output.WriteLine($"{name,-28} {lexicon.ToString("0.000", CultureInfo.InvariantCulture),10} {baseline.ToString("0.000", CultureInfo.InvariantCulture),10}");
}
