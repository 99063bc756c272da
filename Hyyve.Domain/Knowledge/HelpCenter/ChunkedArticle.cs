namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>An article mapped and chunked, ready to index.</summary>
public sealed record ChunkedArticle(ArticleDocument Article, IndexedDocument Indexed, long UpdatedAt);
