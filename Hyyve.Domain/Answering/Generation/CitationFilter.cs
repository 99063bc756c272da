using System.Text.RegularExpressions;

namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// Keeps only citations of sources the model was given: unknown numbers leave the cited list, and their [N] markers
/// leave the text (from [1, 7] only [1] stays). A valid marker in the text counts as cited even if the list omits it,
/// since the customer sees it.
/// </summary>
internal static partial class CitationFilter
{
    public static (string Text, IReadOnlyList<int> Cited) Apply(string text, IEnumerable<int> declared, IReadOnlySet<int> given)
    {
        var cited = new SortedSet<int>(declared.Where(given.Contains));
        var cleaned = Marker().Replace(text, match =>
        {
            var valid = match.Groups["n"].Value.Split(',', StringSplitOptions.TrimEntries)
                .Select(n => int.TryParse(n, out var number) ? number : -1)
                .Where(given.Contains)
                .Distinct()
                .ToList();
            cited.UnionWith(valid);
            var lead = match.Groups["lead"].Value;
            return valid.Count == 0 ? "" : lead + "[" + string.Join("][", valid) + "]";
        });
        return (cleaned.Trim(), cited.ToList());
    }

    // A marker with the spaces before it, so a removed marker leaves no gap: "refunds [9]." -> "refunds.".
    [GeneratedRegex(@"(?<lead>[ \t]*)\[(?<n>\d+(?:\s*,\s*\d+)*)\]")]
    private static partial Regex Marker();
}
