using System.Globalization;

namespace Hyyve.Eval;

/// <summary>Prints named measures of one system, one per line.</summary>
public sealed class MeasureTable(string title)
{
    private readonly List<(string Name, double Value, string Format)> _rows = [];

    public MeasureTable Add(string name, double value, string format = "0.000")
    {
        _rows.Add((name, value, format));
        return this;
    }

    public double this[string name] => _rows.First(r => r.Name == name).Value;

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"{"measure",-40} {"hyyve",10}");
        output.WriteLine(new string('-', 51));
        foreach (var (name, value, format) in _rows)
        {
            output.WriteLine($"{name,-40} {value.ToString(format, CultureInfo.InvariantCulture),10}");
        }
    }
}
