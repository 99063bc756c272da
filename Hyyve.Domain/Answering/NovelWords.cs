using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Words of the question that the project's knowledge never uses and that are no typo of a word it does ("outlook",
/// "jira", "hipaa"; but also "amex", "coworkers"). Such a word is the question's subject more often than not, so the
/// evidence is how close in meaning it alone is to the best source: "amex" is close to "Visa, Mastercard and American
/// Express", "outlook" is not close to a Google Calendar article. 1 when there is no such word or no vectors.
/// </summary>
public sealed class NovelWords(TermStatistics statistics, TypoCorrections typos, ChunkEmbedder embedder, VectorIndex vectors)
{
    private const int MaxWords = 3;

    public async Task<double> SupportAsync(Guid projectId, IReadOnlyList<string> words, KnowledgeHit? top, CancellationToken cancellationToken)
    {
        if (top is null || !embedder.IsEnabled || words.Count == 0)
        {
            return 1;
        }

        var candidates = words.Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct().ToList();
        var (_, frequencies) = await statistics.GetAsync(projectId, candidates, cancellationToken);
        var novel = new List<string>();
        foreach (var word in candidates.Where(w => frequencies[w] is 0))
        {
            if ((await typos.CorrectAsync(projectId, word, cancellationToken)).Count == 0)
            {
                novel.Add(word);
            }
        }

        var chunk = await vectors.VectorOfAsync(projectId, top.ChunkId, cancellationToken);
        if (novel.Count == 0 || chunk is null)
        {
            return 1;
        }

        var support = 1.0;
        foreach (var word in novel.Take(MaxWords))
        {
            if (await embedder.EmbedQueryAsync(word, cancellationToken) is { } vector)
            {
                support = Math.Min(support, VectorIndex.Dot(VectorIndex.Normalize(vector), chunk));
            }
        }

        return Math.Round(support, 4);
    }
}
