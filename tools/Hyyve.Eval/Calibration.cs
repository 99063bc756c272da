using System.Globalization;

namespace Hyyve.Eval;

/// <summary>
/// Reliability of a confidence: (confidence, correct) pairs grouped into ten equal-width bins over [0, 1]; the
/// expected calibration error is the count-weighted mean of |accuracy − mean confidence| over the non-empty bins.
/// "Correct" is defined by each command (answering that case would have been right), so a well-calibrated
/// confidence of 0.8 is right about 8 times in 10.
/// </summary>
public sealed class Calibration
{
    public const int BinCount = 10;

    private readonly List<(double Confidence, bool Correct)> _pairs = [];

    public Calibration Add(double confidence, bool correct)
    {
        _pairs.Add((Math.Clamp(confidence, 0, 1), correct));
        return this;
    }

    public int Count => _pairs.Count;

    /// <summary>Bin i holds confidences in [i/10, (i+1)/10); the last bin also holds exactly 1.</summary>
    public IReadOnlyList<CalibrationBin> Bins() => Enumerable.Range(0, BinCount).Select(i =>
    {
        var members = _pairs.Where(p => BinOf(p.Confidence) == i).ToList();
        return new CalibrationBin((double)i / BinCount, (double)(i + 1) / BinCount, members.Count,
            members.Count == 0 ? 0 : members.Average(p => p.Confidence),
            members.Count == 0 ? 0 : members.Count(p => p.Correct) / (double)members.Count);
    }).ToList();

    public double ExpectedCalibrationError() =>
        _pairs.Count == 0 ? 0 : Bins().Sum(b => b.Count * Math.Abs(b.Accuracy - b.MeanConfidence)) / _pairs.Count;

    public void Write(TextWriter output, string title)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"{"confidence bin",-16} {"count",7} {"mean conf",10} {"accuracy",10}");
        output.WriteLine(new string('-', 46));
        foreach (var bin in Bins())
        {
            var range = $"[{bin.Low.ToString("0.0", c)}, {bin.High.ToString("0.0", c)}{(bin.High >= 1 ? "]" : ")")}";
            output.WriteLine(bin.Count == 0
                ? $"{range,-16} {0,7} {"-",10} {"-",10}"
                : $"{range,-16} {bin.Count,7} {bin.MeanConfidence.ToString("0.000", c),10} {bin.Accuracy.ToString("0.000", c),10}");
        }

        output.WriteLine($"ECE (10 equal-width bins, {_pairs.Count} cases): {ExpectedCalibrationError().ToString("0.000", c)}");
    }

    private static int BinOf(double confidence) => Math.Min((int)Math.Floor(confidence * BinCount), BinCount - 1);
}
