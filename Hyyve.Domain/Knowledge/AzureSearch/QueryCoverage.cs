namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>The share of a query's weight (word boosts) whose words a chunk contains, case-insensitively; a prefix term
/// matches any longer word. The service's score says how well a chunk ranks, not how much of the question it covers.</summary>
internal static class QueryCoverage
{
    public static double Of(IReadOnlyList<QueryTerm> terms, params string?[] texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.OfType<string>())
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                    start = -1;
                }
            }
        }

        var total = terms.Sum(t => t.Boost);
        var matched = terms.Where(t => Matches(words, t)).Sum(t => t.Boost);
        return total > 0 ? matched / total : 0;
    }

    private static bool Matches(HashSet<string> words, QueryTerm term)
    {
        var word = term.Word.ToLowerInvariant();
        return term.Prefix ? words.Any(w => w.StartsWith(word, StringComparison.Ordinal)) : words.Contains(word) || words.Contains(word + "s")
            || (word.EndsWith('s') && words.Contains(word[..^1]));
    }
}
