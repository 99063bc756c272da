namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// One article as Chatwoot lists it. <see cref="UpdatedAt"/> is integer epoch seconds. <see cref="DraftTitle"/> and
/// <see cref="DraftContent"/> hold staged edits of a published article: never indexed, customers do not see them.
/// </summary>
public sealed record HelpCenterArticle(
    long Id,
    string? Slug,
    string? Title,
    string? Description,
    string? Content,
    string? Status,
    string? Locale,
    ArticleCategory? Category,
    ArticleMeta? Meta,
    long UpdatedAt,
    string? DraftTitle = null,
    string? DraftContent = null)
{
    public bool IsPublished => string.Equals(Status, "published", StringComparison.Ordinal);
}

public sealed record ArticleCategory(long Id, string? Name, string? Slug);

public sealed record ArticleMeta(string? Title, string? Description, IReadOnlyList<string>? Tags);

/// <summary>A page of the article list with the portal's counts (which ignore the status filter).</summary>
public sealed record ArticlePage(IReadOnlyList<HelpCenterArticle> Payload, ArticleCounts? Meta);

public sealed record ArticleCounts(int AllArticlesCount, int PublishedCount, int ArchivedArticlesCount, int DraftArticlesCount);

/// <summary>The portal fields the sync needs.</summary>
public sealed record HelpCenterPortal(long Id, string Slug, string? CustomDomain);
