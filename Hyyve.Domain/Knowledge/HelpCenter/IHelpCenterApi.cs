using Refit;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Chatwoot's Help Center routes (Application API, user token). The articles list is not in Chatwoot's swagger and its
/// maintainers call it unstable, so it stays behind this one method. <c>portalSlug</c> is the slug, not the numeric id.
/// The Chatwoot address and token of each call travel as request options (<see cref="ChatwootAddressHandler"/>).
/// </summary>
public interface IHelpCenterApi
{
    /// <summary>25 articles per page, newest <c>updated_at</c> first (no <c>category_slug</c>); keep paging until a short page.</summary>
    [Get("/api/v1/accounts/{accountId}/portals/{portalSlug}/articles")]
    Task<ArticlePage> ListArticlesAsync(
        [Property(ChatwootAddressHandler.BaseUrlKey)] string baseUrl,
        [Property(ChatwootAddressHandler.TokenKey)] string token,
        long accountId,
        string portalSlug,
        [Query] string? locale,
        [Query] int page,
        CancellationToken cancellationToken);

    /// <summary>The portal, for its <c>custom_domain</c> (the host of public article URLs).</summary>
    [Get("/api/v1/accounts/{accountId}/portals/{portalSlug}")]
    Task<HelpCenterPortal> GetPortalAsync(
        [Property(ChatwootAddressHandler.BaseUrlKey)] string baseUrl,
        [Property(ChatwootAddressHandler.TokenKey)] string token,
        long accountId,
        string portalSlug,
        CancellationToken cancellationToken);
}
