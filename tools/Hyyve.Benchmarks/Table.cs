namespace Hyyve.Benchmarks;

/// <summary>Prints aligned result tables, the benchmark's only output format.</summary>
internal sealed class Table(string title, params string[] columns)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object[] cells) => _rows.Add(cells.Select(c => c switch
    {
        double d => d.ToString(d >= 100 ? "0" : "0.00", System.Globalization.CultureInfo.InvariantCulture),
        _ => c.ToString() ?? "",
    }).ToArray());

    public void Print()
    {
        var widths = columns.Select((c, i) => Math.Max(c.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine("| " + string.Join(" | ", columns.Select((c, i) => c.PadRight(widths[i]))) + " |");
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))) + " |");
        }
    }
}
