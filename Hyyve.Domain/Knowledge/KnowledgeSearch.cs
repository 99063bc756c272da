using Hyyve.Domain.Answering;
using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Knowledge;

/// <summary>Plain retrieval for inspection (<c>GET /api/projects/{id}/search?q=&amp;k=</c>): the index's ranking of the words of <c>q</c>.</summary>
public sealed class KnowledgeSearch(IKnowledgeIndex index)
{
    /// <summary>How many results <c>?k=</c> may ask for.</summary>
    public static readonly IntegerQuery K = new("k", 1, 50);

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(Guid projectId, string? q, int? k, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new ValidationFailedException("q", "Pass the text to search for as ?q=.");
        }

        K.Check(k);
        var terms = QueryWords.Content(q).Select(w => new QueryTerm(w, 1, Prefix: w.Length >= 4)).ToList();
        var hits = await index.SearchAsync(projectId, new KnowledgeQuery(terms, k ?? 10, Text: q), cancellationToken);
        return hits.Select(h => new SearchResult(h.ExternalId, h.Title, h.Url, h.ChunkId, Math.Round(h.Score, 6), h.HeadingPath,
            h.Content.Length <= 240 ? h.Content : h.Content[..240] + "…")).ToList();
    }
}

/// <summary>One ranked chunk as the search route returns it.</summary>
public sealed record SearchResult(string ExternalId, string Title, string? Url, Guid ChunkId, double Score, string HeadingPath, string Snippet);
