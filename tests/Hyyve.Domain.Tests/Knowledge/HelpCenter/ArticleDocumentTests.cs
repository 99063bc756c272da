using Hyyve.Domain.Knowledge.HelpCenter;

namespace Hyyve.Domain.Tests.Knowledge.HelpCenter;

public sealed class ArticleDocumentTests
{
    private static readonly PortalAddress Portal = PortalAddress.For(new HelpCenterPortal(1, "acme", "help.acme.example"), new Uri("https://chat.example/"));

    private static HelpCenterArticle Article(string title = "Refunds", string content = "Within 30 days.", string? description = "Money back.",
        string? category = "Billing", string slug = "17-refunds") =>
        new(42, slug, title, description, content, "published", "en", category is null ? null : new ArticleCategory(3, category, "billing"),
            new ArticleMeta(null, null, ["money"]), 1_781_690_000);

    [Fact]
    public void The_published_text_is_indexed_with_the_description_first_and_the_public_url_of_the_portal()
    {
        var staged = Article() with { DraftTitle = "Refunds v2", DraftContent = "Within 14 days." };

        var document = ArticleDocument.From(staged, Portal, 10_000).Document;

        Assert.Equal(("helpcenter:42", "Refunds", "Billing"), (document.ExternalId, document.Title, document.Category));
        Assert.Equal("Money back.\n\nWithin 30 days.", document.Content);
        Assert.Equal("https://help.acme.example/hc/acme/articles/17-refunds", document.Url);
        Assert.Contains("\"articleId\":42", document.MetadataJson);
    }

    [Fact]
    public void The_hash_changes_with_what_is_indexed_and_only_with_that()
    {
        var hash = ArticleDocument.From(Article(), Portal, 10_000).Hash;
        string HashOf(HelpCenterArticle a, PortalAddress? portal = null) => ArticleDocument.From(a, portal ?? Portal, 10_000).Hash;

        Assert.Equal(hash, HashOf(Article() with { DraftContent = "staged", UpdatedAt = 1_781_700_000 }));
        Assert.All(new[]
        {
            HashOf(Article(title: "Refund policy")), HashOf(Article(content: "Within 31 days.")), HashOf(Article(description: null)),
            HashOf(Article(category: "Money")), HashOf(Article(slug: "18-refunds")),
            HashOf(Article(), PortalAddress.For(new HelpCenterPortal(1, "acme", null), new Uri("https://chat.example/"))),
        }, other => Assert.NotEqual(hash, other));
    }

    [Theory]
    [InlineData("help.acme.example", "https://help.acme.example/hc/acme/articles/a")]
    [InlineData("http://docs.acme.example", "http://docs.acme.example/hc/acme/articles/a")]
    [InlineData(null, "https://chat.example/hc/acme/articles/a")]
    [InlineData("  ", "https://chat.example/hc/acme/articles/a")]
    public void The_public_host_is_the_custom_domain_or_else_chatwoot(string? customDomain, string expected) =>
        Assert.Equal(expected, PortalAddress.For(new HelpCenterPortal(1, "acme", customDomain), new Uri("https://chat.example/")).ArticleUrl("a"));

    [Fact]
    public void An_article_over_the_size_limit_or_without_content_is_refused_with_the_reason()
    {
        var tooLong = Assert.Throws<ArgumentException>(() => ArticleDocument.From(Article(content: new string('x', 2_000)), Portal, 1_000));
        var empty = Assert.Throws<ArgumentException>(() => ArticleDocument.From(Article(content: " "), Portal, 1_000));

        Assert.Contains("Knowledge__MaxDocumentChars", tooLong.Message);
        Assert.Contains("no content", empty.Message);
    }
}
