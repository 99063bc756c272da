using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// Finds what an earlier attempt of a step may have created before its result was stored (a crash or a lost answer
/// between Chatwoot's create and Hyyve's write), by the natural key the step gave it.
/// </summary>
internal sealed class ProvisioningLookups(IChatwootPlatformApi platform, IChatwootApplicationApi application, ILogger<ProvisioningLookups> logger)
{
    /// <summary>The account custom attribute that names the Hyyve tenant.</summary>
    public const string TenantAttribute = "hyyve_tenant_id";

    /// <summary>The platform app's account carrying the tenant's id. An installation without the account index (404) cannot
    /// be asked: the step then creates, and a crash inside that one call may leave an empty account behind (logged).</summary>
    public async Task<long?> FindAccountAsync(ChatwootPlatform target, Guid tenantId, CancellationToken cancellationToken)
    {
        try
        {
            var accounts = await platform.ListAccountsAsync(target, cancellationToken);
            return accounts.FirstOrDefault(a => a.Attribute(TenantAttribute) == tenantId.ToString())?.Id;
        }
        catch (UpstreamException ex) when (ex.StatusCode == 404)
        {
            ProvisioningLog.AccountIndexMissing(logger, tenantId);
            return null;
        }
    }

    public async Task<AccountAgentBot?> FindBotAsync(ChatwootAccount admin, string webhookUrl, CancellationToken cancellationToken) =>
        (await application.ListAgentBotsAsync(admin, cancellationToken)).FirstOrDefault(b => b.OutgoingUrl == webhookUrl);

    public async Task<InboxDetails?> FindInboxAsync(ChatwootAccount admin, string name, CancellationToken cancellationToken) =>
        (await application.ListInboxDetailsAsync(admin, cancellationToken)).Payload.FirstOrDefault(i => i.Name == name);

    public async Task<ChatwootPortal?> FindPortalAsync(ChatwootAccount admin, string slug, CancellationToken cancellationToken) =>
        (await application.ListPortalsAsync(admin, cancellationToken)).Payload.FirstOrDefault(p => p.Slug == slug);
}
