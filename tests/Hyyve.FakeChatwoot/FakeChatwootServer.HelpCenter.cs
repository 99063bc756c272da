namespace Hyyve.FakeChatwoot;

/// <summary>
/// Help Center seeding and the changes an editor makes between two syncs. Every change stamps <c>updated_at</c> with the
/// fake's clock (whole seconds on the wire), as Rails does on save; a delete is hard, as in Chatwoot.
/// </summary>
public sealed partial class FakeChatwootServer
{
    public FakePortal CreatePortal(int accountId, string name, string slug, string locale = "en", string? customDomain = null)
    {
        lock (_store.Gate)
        {
            var portal = _provisioner.CreatePortal(RequireAccount(accountId).Id, name, slug, locale, [locale]);
            portal.CustomDomain = customDomain;
            return portal;
        }
    }

    public FakeCategory CreateCategory(int portalId, string name, string slug, string? locale = null)
    {
        lock (_store.Gate)
        {
            var portal = RequirePortal(portalId);
            return _provisioner.CreateCategory(portal, name, slug, locale ?? portal.DefaultLocale, null, null);
        }
    }

    public FakeArticle CreateArticle(int portalId, string title, string content, int authorId, string status = "published", int? categoryId = null,
        string? description = null, string? slug = null)
    {
        lock (_store.Gate)
        {
            return _provisioner.CreateArticle(RequirePortal(portalId), title, slug, content, status, authorId, categoryId, null, description);
        }
    }

    public IReadOnlyList<FakeArticle> Articles(int portalId)
    {
        lock (_store.Gate)
        {
            return [.. _store.Articles.Values.Where(a => a.PortalId == portalId).OrderBy(a => a.Id)];
        }
    }

    /// <summary>Changes an article as an editor would (title, content, status, position…) and stamps its updated_at.</summary>
    public FakeArticle EditArticle(int articleId, Action<FakeArticle> change)
    {
        lock (_store.Gate)
        {
            var article = RequireArticle(articleId);
            change(article);
            article.UpdatedAt = _store.Now;
            return article;
        }
    }

    /// <summary>Stages an edit of a published article: customers still see the published title and content.</summary>
    public FakeArticle StageDraft(int articleId, string draftTitle, string draftContent) =>
        EditArticle(articleId, a => (a.DraftTitle, a.DraftContent) = (draftTitle, draftContent));

    /// <summary>Deletes an article for good; it simply stops appearing in the list.</summary>
    public void DeleteArticle(int articleId)
    {
        lock (_store.Gate)
        {
            _store.Articles.Remove(RequireArticle(articleId).Id);
        }
    }

    public void SetCustomDomain(int portalId, string? customDomain)
    {
        lock (_store.Gate)
        {
            RequirePortal(portalId).CustomDomain = customDomain;
        }
    }

    private FakePortal RequirePortal(int portalId) =>
        _store.Portals.GetValueOrDefault(portalId) ?? throw new ArgumentException($"No portal {portalId}.");

    private FakeArticle RequireArticle(int articleId) =>
        _store.Articles.GetValueOrDefault(articleId) ?? throw new ArgumentException($"No article {articleId}.");
}
