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
