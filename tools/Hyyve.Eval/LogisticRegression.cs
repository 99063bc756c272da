namespace Hyyve.Eval;

/// <summary>
/// Weighted logistic regression by full-batch gradient descent on standardized features with a small L2 penalty; the
/// weights come back on the original scale, so they can be set as Hyyve's settings as they are.
/// </summary>
public static class LogisticRegression
{
    public static (double Bias, double[] Weights) Fit(IReadOnlyList<(double[] X, bool Y, double Weight)> samples, int iterations = 4000,
        double learningRate = 0.5, double l2 = 1e-3)
    {
        var d = samples[0].X.Length;
        var mean = new double[d];
        var scale = new double[d];
        var total = samples.Sum(s => s.Weight);
        for (var j = 0; j < d; j++)
        {
            mean[j] = samples.Sum(s => s.Weight * s.X[j]) / total;
            var variance = samples.Sum(s => s.Weight * Math.Pow(s.X[j] - mean[j], 2)) / total;
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var w = new double[d];
        var b = 0.0;
        for (var step = 0; step < iterations; step++)
        {
            var gradient = new double[d];
            var gradientBias = 0.0;
            foreach (var (x, y, weight) in samples)
            {
                var z = b;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * (x[j] - mean[j]) / scale[j];
                }

                var error = (1 / (1 + Math.Exp(-z)) - (y ? 1 : 0)) * weight;
                gradientBias += error;
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += error * (x[j] - mean[j]) / scale[j];
                }
            }

            b -= learningRate * gradientBias / total;
            for (var j = 0; j < d; j++)
            {
                w[j] -= learningRate * (gradient[j] / total + l2 * w[j]);
            }
        }

        var weights = w.Select((v, j) => v / scale[j]).ToArray();
        return (b - weights.Select((v, j) => v * mean[j]).Sum(), weights);
    }
}
