using System.Security.Cryptography;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tenancy;

/// <summary>
/// Connects an existing Chatwoot account through the Application API: creates (or reuses) an account-scoped agent
/// bot pointed at Hyyve's webhook, attaches it to every project's inbox, and stores the tenant. Repeating the call
/// changes nothing that is already right. Each Chatwoot side effect is stored before the next, so a failure midway
/// leaves nothing that a retry would create twice.
/// </summary>
public sealed class TenantConnector(
    TenantStore tenants,
    ProjectStore projects,
    ApiKeyStore keys,
    TenantDirectory directory,
    IChatwootApplicationApi chatwoot,
    IOptions<ChatwootOptions> options,
    ILogger<TenantConnector> logger)
{
    private const string BotDescription = "Answers from the knowledge base with citations; hands off to a human when unsure (Hyyve).";

    public async Task<ConnectTenantResult> ConnectAsync(ConnectTenantRequest? body, Uri fallbackPublicBaseUrl, CancellationToken cancellationToken)
    {
        var request = RequestProblems.RequireBody(body);
        var baseUrl = ConnectRequestValidator.Validate(request);
        var existing = await tenants.FindByAccountAsync(baseUrl, request.AccountId, cancellationToken);
        var tenantId = existing?.Id ?? Guid.CreateVersion7();
        var user = new ChatwootAccount(baseUrl, request.AccountId, request.UserToken);
        await EnsureInboxesExistAsync(user, request, cancellationToken);

        string? urlToken = request.Unsigned ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) : null;
        var webhookUrl = WebhookUrl(tenantId, urlToken, fallbackPublicBaseUrl);
        var tenant = (existing ?? new ChatwootTenant(tenantId, "", baseUrl, request.AccountId, null, null, null, null, false, null)) with
        {
            Name = request.Name ?? existing?.Name ?? $"Chatwoot account {request.AccountId}",
            UserToken = request.UserToken,
            AllowUnsigned = request.Unsigned,
            UrlTokenHash = urlToken is null ? null : ApiKeyHasher.Hash(urlToken),
        };
        await tenants.SaveAsync(tenant, cancellationToken);
        var tenantKey = existing is null ? await keys.CreateAsync(ApiKeyScope.Tenant, tenantId, "created on connect", cancellationToken) : null;

        tenant = await EnsureBotAsync(tenant, user, request, webhookUrl, cancellationToken);
        await tenants.SaveAsync(tenant, cancellationToken);

        var connected = new List<ConnectedProject>();
        foreach (var project in request.Projects)
        {
            await chatwoot.SetAgentBotAsync(user, project.InboxId, new AgentBotAssignment(tenant.BotId!.Value), cancellationToken);
            var id = await projects.UpsertConnectedAsync(tenantId, project, cancellationToken);
            connected.Add(new ConnectedProject(id, project.Name, project.InboxId));
        }

        directory.Evict(tenantId);
        logger.LogInformation("Connected tenant {TenantId} (Chatwoot account {AccountId}) with {ProjectCount} projects",
            tenantId, request.AccountId, connected.Count);
        return new ConnectTenantResult(tenantId, webhookUrl, tenant.BotId!.Value, connected, tenantKey, existing is null);
    }

    private async Task<ChatwootTenant> EnsureBotAsync(ChatwootTenant tenant, ChatwootAccount user, ConnectTenantRequest request,
        string webhookUrl, CancellationToken cancellationToken)
    {
        if (request.ExistingBot is { } given)
        {
            return tenant with { BotId = given.Id, BotToken = given.AccessToken, BotSecret = given.Secret };
        }

        if (tenant.BotId is { } botId && tenant.BotToken is not null)
        {
            await chatwoot.UpdateAgentBotAsync(user, botId, new AgentBotUpdate(webhookUrl), cancellationToken);
            return tenant;
        }

        var bot = await chatwoot.CreateAgentBotAsync(user, new NewAgentBot("Hyyve", BotDescription, webhookUrl), cancellationToken);
        if (bot.AccessToken is null || (bot.Secret is null && !request.Unsigned))
        {
            throw new ValidationFailedException("userToken",
                "Chatwoot did not return the bot's access token and secret; the user token must belong to an administrator of the account.");
        }

        return tenant with { BotId = bot.Id, BotToken = bot.AccessToken, BotSecret = bot.Secret };
    }

    private async Task EnsureInboxesExistAsync(ChatwootAccount user, ConnectTenantRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> inboxIds;
        try
        {
            // The first call of a connect: an unreachable or failing installation is reported at once, not after the backoff.
            inboxIds = (await chatwoot.ListInboxesAsync(user with { FailFast = true }, cancellationToken)).Payload.Select(i => i.Id).ToList();
        }
        catch (UpstreamException ex) when (ex.StatusCode == 401)
        {
            throw new ValidationFailedException("userToken", $"Chatwoot refused the user token for account {request.AccountId}.");
        }

        for (var i = 0; i < request.Projects.Count; i++)
        {
            if (!inboxIds.Contains(request.Projects[i].InboxId))
            {
                throw new ValidationFailedException($"projects[{i}].inboxId",
                    $"Inbox {request.Projects[i].InboxId} does not exist in Chatwoot account {request.AccountId}.");
            }
        }
    }

    private string WebhookUrl(Guid tenantId, string? urlToken, Uri fallbackPublicBaseUrl)
    {
        var publicBase = options.Value.PublicBaseUrl is { Length: > 0 } configured ? new Uri(configured) : fallbackPublicBaseUrl;
        var url = new Uri(publicBase, $"/api/chatwoot/bot/{tenantId}").ToString();
        return urlToken is null ? url : $"{url}?token={urlToken}";
    }
}
