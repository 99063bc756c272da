using System.Globalization;

namespace Hyyve.Eval;

/// <summary>
/// Chooses the L2 penalty of the confidence model by five-fold cross-validation, each corpus counting equally: a
/// small corpus can hold a nearly separating feature whose weight would otherwise grow without bound and then fail on
/// new wording. Prints the held-out log loss, accuracy and F1 (answering at 0.5 against answerable) per corpus for every
/// penalty tried.
/// </summary>
public static class PenaltyChoice
{
    private static readonly double[] Penalties = [1e-3, 1e-2, 3e-2, 1e-1];
    private const int Folds = 5;

    public static double Choose(IReadOnlyList<(double[] X, bool Y, double Weight, string Corpus)> samples, TextWriter output)
    {
        var corpora = samples.Select(s => s.Corpus).Distinct().ToList();
        output.WriteLine();
        output.WriteLine("confidence model, five-fold held-out log loss / accuracy / F1 at 0.5 per corpus (each corpus counts equally)");
        output.WriteLine($"{"L2",-8}" + string.Concat(corpora.Select(c => $"{c,32}")) + $"{"mean loss",12}");
        var (best, bestLoss) = (Penalties[0], double.MaxValue);
        foreach (var l2 in Penalties)
        {
            var predictions = new double[samples.Count];
            for (var fold = 0; fold < Folds; fold++)
            {
                var training = samples.Where((_, i) => i % Folds != fold).Select(s => (s.X, s.Y, s.Weight)).ToList();
                var (bias, weights) = LogisticRegression.Fit(training, l2: l2);
                for (var i = fold; i < samples.Count; i += Folds)
                {
                    predictions[i] = 1 / (1 + Math.Exp(-(bias + weights.Select((w, j) => w * samples[i].X[j]).Sum())));
                }
            }

            var perCorpus = corpora.Select(c => Score(samples, predictions, c)).ToList();
            var mean = perCorpus.Average(p => p.Loss);
            output.WriteLine($"{l2.ToString("0.###", CultureInfo.InvariantCulture),-8}"
                + string.Concat(perCorpus.Select(p => $"{$"{p.Loss:0.000} / {p.Accuracy:0.000} / {p.F1:0.000}",32}")) + $"{mean,12:0.000}");
            if (mean < bestLoss)
            {
                (best, bestLoss) = (l2, mean);
            }
        }

        output.WriteLine($"chosen L2: {best.ToString("0.###", CultureInfo.InvariantCulture)}");
        return best;
    }

    private static (double Loss, double Accuracy, double F1) Score(IReadOnlyList<(double[] X, bool Y, double Weight, string Corpus)> samples,
        double[] predictions, string corpus)
    {
        var indices = Enumerable.Range(0, samples.Count).Where(i => samples[i].Corpus == corpus).ToList();
        var loss = indices.Average(i => -Math.Log(Math.Clamp(samples[i].Y ? predictions[i] : 1 - predictions[i], 1e-9, 1)));
        var accuracy = indices.Average(i => (predictions[i] >= 0.5) == samples[i].Y ? 1.0 : 0.0);
        var (_, _, f1) = EvalMetrics.PrecisionRecall(indices.Select(i => (predictions[i] >= 0.5, samples[i].Y)));
        return (loss, accuracy, f1);
    }
}
