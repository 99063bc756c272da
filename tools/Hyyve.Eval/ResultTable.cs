using System.Globalization;

namespace Hyyve.Eval;

/// <summary>Prints measures side by side: baseline, Hyyve and their ratio; a measure the baseline has no value for shows "-".</summary>
public sealed class ResultTable(string title)
{
    private readonly List<(string Name, double? Baseline, double Hyyve, string Format)> _rows = [];

    public ResultTable Add(string name, double? baseline, double hyyve, string format = "0.000")
    {
        _rows.Add((name, baseline, hyyve, format));
        return this;
    }

    public void Write(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"{"measure",-34} {"baseline",10} {"hyyve",10} {"ratio",8}");
        output.WriteLine(new string('-', 65));
        foreach (var (name, baseline, hyyve, format) in _rows)
        {
            var ratio = baseline switch
            {
                null => "-",
                0 => hyyve == 0 ? "1.00x" : "infx",
                _ => (hyyve / baseline.Value).ToString("0.00", c) + "x",
            };
            output.WriteLine($"{name,-34} {baseline?.ToString(format, c) ?? "-",10} {hyyve.ToString(format, c),10} {ratio,8}");
        }
    }
}
