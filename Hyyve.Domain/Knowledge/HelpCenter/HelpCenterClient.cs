using System.Net;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Refit;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// The sync's view of a tenant's Help Center: Chatwoot's refusals become <see cref="HelpCenterConfigurationException"/> with
/// what to fix (a retry cannot help), other failures an <see cref="UpstreamException"/> (the job retries).
/// </summary>
public sealed class HelpCenterClient(IHelpCenterApi api)
{
    public Task<HelpCenterPortal> GetPortalAsync(ChatwootTenant tenant, string portalSlug, CancellationToken cancellationToken) =>
        CallAsync(tenant, portalSlug, token => api.GetPortalAsync(tenant.BaseUrl.ToString(), token, tenant.AccountId, portalSlug, cancellationToken));

    public Task<ArticlePage> ListArticlesAsync(ChatwootTenant tenant, string portalSlug, string? locale, int page,
        CancellationToken cancellationToken) =>
        CallAsync(tenant, portalSlug, token =>
            api.ListArticlesAsync(tenant.BaseUrl.ToString(), token, tenant.AccountId, portalSlug, locale, page, cancellationToken));

    private static async Task<T> CallAsync<T>(ChatwootTenant tenant, string portalSlug, Func<string, Task<T>> call)
    {
        var token = tenant.UserToken ?? throw new HelpCenterConfigurationException(
            $"Tenant {tenant.Id} has no Chatwoot user token; connect it again with an administrator's access token (userToken).");
        try
        {
            return await call(token);
        }
        catch (ApiException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new HelpCenterConfigurationException(
                $"Chatwoot refused the tenant's user token ({(int)ex.StatusCode}) for account {tenant.AccountId}; connect the tenant " +
                "again with an access token of an administrator of that account.", ex);
        }
        catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new HelpCenterConfigurationException(
                $"Chatwoot has no portal \"{portalSlug}\" in account {tenant.AccountId} (404); set the project's portalSlug to the " +
                "slug of an existing portal (Help Center → portal settings).", ex);
        }
        catch (ApiException ex) when (ex.StatusCode is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices)
        {
            throw new UpstreamException("Chatwoot", (int)ex.StatusCode,
                $"Chatwoot's answer for portal \"{portalSlug}\" could not be read as a Help Center response; its shape may have changed.", ex);
        }
        catch (ApiException ex)
        {
            throw new UpstreamException("Chatwoot", (int)ex.StatusCode,
                $"Chatwoot answered {(int)ex.StatusCode} to the Help Center list of portal \"{portalSlug}\".", ex);
        }
    }
}
