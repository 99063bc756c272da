namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Merges ranked lists by Σ 1/(k + rank): a document near the top of either list ranks high, one near the top of
/// both ranks highest, and neither list's raw scores (which are not comparable) matter.
/// </summary>
public static class ReciprocalRankFusion
{
    public static IReadOnlyList<string> Fuse(IEnumerable<IReadOnlyList<string>> rankings, int k) =>
        rankings
            .SelectMany(ranking => ranking.Select((key, index) => (key, score: 1.0 / (k + index + 1))))
            .GroupBy(x => x.key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Score: g.Sum(x => x.score), Best: g.Max(x => x.score)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Best)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .ToList();
}
