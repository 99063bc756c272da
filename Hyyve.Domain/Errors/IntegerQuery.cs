using System.Globalization;

namespace Hyyve.Domain.Errors;

/// <summary>
/// An optional integer query parameter with its allowed range. Both hosts read it as text and parse it here, so a bad
/// value names the parameter and the range (<c>limit must be an integer 1–500</c>) the same way in each.
/// </summary>
public sealed record IntegerQuery(string Name, int Min, int Max)
{
    /// <returns>null when the parameter is absent or empty.</returns>
    public int? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? Check(value) : throw Invalid(raw);
    }

    /// <summary>Checks a value that was already a number (a Domain caller's).</summary>
    public int? Check(int? value) => value is { } v && (v < Min || v > Max) ? throw Invalid(v.ToString(CultureInfo.InvariantCulture)) : value;

    private ValidationFailedException Invalid(string raw) =>
        new(Name, $"{Name} must be an integer {Min}–{Max} (got \"{raw}\").");
}
