using Hyyve.Eval;

namespace Hyyve.IntegrationTests.Evaluation;

/// <summary>Expected calibration error over ten equal-width bins (pure arithmetic; no server).</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void Confidence_that_matches_accuracy_has_no_calibration_error()
    {
        var calibration = new Calibration();
        for (var i = 0; i < 10; i++)
        {
            calibration.Add(0.8, correct: i < 8).Add(0.3, correct: i < 3);
        }

        Assert.Equal(0, calibration.ExpectedCalibrationError(), 9);
    }

    [Fact]
    public void Overconfidence_is_the_count_weighted_gap_between_confidence_and_accuracy()
    {
        // Bin 9: 3 cases at 0.95, one right (gap 0.95 - 1/3); bin 0: one case at 0.05, wrong (gap 0.05).
        var calibration = new Calibration().Add(0.95, true).Add(0.95, false).Add(0.95, false).Add(0.05, false);

        Assert.Equal((3 * (0.95 - 1.0 / 3) + 1 * 0.05) / 4, calibration.ExpectedCalibrationError(), 9);
    }

    [Fact]
    public void Bins_are_half_open_and_the_last_one_holds_a_confidence_of_one()
    {
        var bins = new Calibration().Add(0.0999, true).Add(0.1, true).Add(0.9, false).Add(1.0, true).Add(1.7, true).Bins();

        Assert.Equal(10, bins.Count);
        Assert.Equal(1, bins[0].Count);
        Assert.Equal(1, bins[1].Count);
        Assert.Equal(3, bins[9].Count);
        Assert.Equal(2.0 / 3, bins[9].Accuracy, 9);
        Assert.Equal((0.9 + 1.0 + 1.0) / 3, bins[9].MeanConfidence, 9);
        Assert.Equal(5, bins.Sum(b => b.Count));
    }

    [Fact]
    public void No_pairs_is_zero_error_and_empty_bins()
    {
        var calibration = new Calibration();

        Assert.Equal(0, calibration.ExpectedCalibrationError());
        Assert.All(calibration.Bins(), b => Assert.Equal(0, b.Count));
    }

    [Fact]
    public void Reliability_table_lists_every_bin_and_the_error()
    {
        var writer = new StringWriter();

        new Calibration().Add(0.95, true).Add(0.95, false).Write(writer, "title");

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("[0.9, 1.0]") && l.Contains(" 2 ") && l.EndsWith("0.500"));
        Assert.Equal(10, lines.Count(l => l.StartsWith('[')));
        Assert.Equal("ECE (10 equal-width bins, 2 cases): 0.450", lines[^1]);
    }
}
