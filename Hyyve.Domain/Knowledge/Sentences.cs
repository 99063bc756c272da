using System.Text.RegularExpressions;

namespace Hyyve.Domain.Knowledge;

/// <summary>Sentence boundaries for chunking and for picking answer sentences.</summary>
public static partial class Sentences
{
    /// <summary>Splits after . ! ? … and their CJK forms when followed by space (or directly, for CJK).</summary>
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>Cuts a run with no sentence end into pieces of at most <paramref name="max"/> characters, at spaces when it can.</summary>
    public static IEnumerable<string> HardWrap(string text, int max)
    {
        var rest = text.AsMemory().Trim();
        while (rest.Length > max)
        {
            var window = rest.Span[..max];
            var cut = window.LastIndexOf(' ');
            if (cut < max / 2)
            {
                cut = max;
                // Never split a surrogate pair.
                if (char.IsHighSurrogate(window[cut - 1]))
                {
                    cut--;
                }
            }

            yield return rest[..cut].ToString().Trim();
            rest = rest[cut..].Trim();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=\S)|(?<=[。！？])")]
    private static partial Regex Boundary();
}
