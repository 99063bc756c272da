namespace Hyyve.Eval;

/// <summary>The measures the evaluation reports, computed from per-case outcomes.</summary>
public static class EvalMetrics
{
    /// <summary>1 when a gold id is among the first <paramref name="k"/> retrieved ids.</summary>
    public static double HitAt(IReadOnlyList<string> retrieved, IReadOnlySet<string> gold, int k) =>
        retrieved.Take(k).Any(gold.Contains) ? 1 : 0;

    /// <summary>Reciprocal rank of the first gold id within the first <paramref name="k"/>, else 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> retrieved, IReadOnlySet<string> gold, int k)
    {
        for (var i = 0; i < Math.Min(k, retrieved.Count); i++)
        {
            if (gold.Contains(retrieved[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    public static (double Precision, double Recall, double F1) PrecisionRecall(IEnumerable<(bool Predicted, bool Actual)> pairs)
    {
        var list = pairs.ToList();
        double tp = list.Count(p => p.Predicted && p.Actual), fp = list.Count(p => p.Predicted && !p.Actual), fn = list.Count(p => !p.Predicted && p.Actual);
        var precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
