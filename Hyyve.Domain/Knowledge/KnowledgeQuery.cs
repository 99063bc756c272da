namespace Hyyve.Domain.Knowledge;

/// <summary>One search word; <see cref="Boost"/> scales its weight, <see cref="Prefix"/> also matches longer words.</summary>
public sealed record QueryTerm(string Word, double Boost = 1, bool Prefix = false);

/// <summary>
/// What to look for in one project's index. <see cref="Entity"/>, when set, keeps only that entity's chunks. <see cref="Text"/>
/// is what the vector channel embeds, unless the caller embedded it already (<see cref="Vector"/>).
/// </summary>
public sealed record KnowledgeQuery(IReadOnlyList<QueryTerm> Terms, int Limit, string? Entity = null, string? Text = null, float[]? Vector = null);

/// <summary>
/// A ranked document with its best chunk. <see cref="Coverage"/> is the share of the query's weight it matched by full
/// text and <see cref="Score"/> its full-text rank score; <see cref="Similarity"/> is the cosine of its best chunk to the
/// query (0 without vectors); the ranks say where each channel put it (null: not among that channel's candidates).
/// </summary>
public sealed record KnowledgeHit(
    Guid ChunkId,
    string ExternalId,
    string Title,
    string? Url,
    string HeadingPath,
    string Content,
    string? Entity,
    double Score,
    double Coverage,
    double Similarity = 0,
    int? LexicalRank = null,
    int? SemanticRank = null,
    double Fused = 0)
{
    /// <summary>The vectors of the chunk's answer sentences made at ingestion (<see cref="SourceSentence.Readings"/>, flat), when
    /// read with the whole document; null when not read or not made yet.</summary>
    public float[]? SentenceEmbeddings { get; init; }
}

/// <summary>An entity some of a project's documents are about (metadata <c>entity</c>), with its category.</summary>
public sealed record KnowledgeEntity(string Name, string? Category, int Documents);
