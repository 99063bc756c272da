using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering.Curated;

/// <summary>How alike two questions are, in [0, 1]: the cosine of their vectors when both have one, otherwise the overlap
/// (Jaccard) of their topic words, so that "How can I reset my password?" and "reset password" are the same question.</summary>
public static class QuestionSimilarity
{
    public static double Of(string a, float[]? vectorA, string b, float[]? vectorB) =>
        vectorA is { Length: > 0 } && vectorB is { Length: > 0 } && vectorA.Length == vectorB.Length
            ? VectorIndex.Dot(VectorIndex.Normalize(vectorA), VectorIndex.Normalize(vectorB))
            : WordOverlap(a, b);

    public static double WordOverlap(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>Lower-case topic words without stop words; the normalised text the gaps list groups by.</summary>
    public static HashSet<string> Words(string text) =>
        QueryWords.Content(text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
