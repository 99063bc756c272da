using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// An article as Hyyve indexes it: external id <c>helpcenter:{id}</c>, the published title and content (never the
/// staged draft), the description as the lead paragraph, the category, and the public URL to cite. <see cref="Hash"/>
/// covers exactly what is indexed, so an article whose only change is its position or view count is not re-indexed.
/// </summary>
public sealed record ArticleDocument(long ArticleId, ValidDocument Document, string Hash)
{
    public const string ExternalIdPrefix = "helpcenter:";

    public static string ExternalIdOf(long articleId) => ExternalIdPrefix + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ArticleDocument From(HelpCenterArticle article, PortalAddress portal, int maxChars)
    {
        var title = article.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw new ArgumentException("the article has no title");
        }

        if (string.IsNullOrWhiteSpace(article.Content))
        {
            throw new ArgumentException("the published article has no content");
        }

        var description = string.IsNullOrWhiteSpace(article.Description) ? null : article.Description.Trim();
        var content = description is null ? article.Content : $"{description}\n\n{article.Content}";
        if (content.Length > maxChars)
        {
            throw new ArgumentException($"the article has {content.Length} characters; the limit is {maxChars} (Knowledge__MaxDocumentChars)");
        }

        var url = portal.ArticleUrl(article.Slug ?? article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var category = string.IsNullOrWhiteSpace(article.Category?.Name) ? null : article.Category.Name.Trim();
        var metadata = JsonSerializer.Serialize(new ArticleMetadata("helpcenter", article.Id, article.Slug, category, article.Meta?.Tags ?? []),
            SyncJsonContext.Default.ArticleMetadata);
        var document = new ValidDocument(ExternalIdOf(article.Id), title, content, url, DocumentContentType.Markdown, metadata, null, category);
        return new ArticleDocument(article.Id, document, HashOf(title, description, article.Content, category, url));
    }

    private static string HashOf(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
