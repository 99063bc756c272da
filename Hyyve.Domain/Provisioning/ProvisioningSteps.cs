using System.Security.Cryptography;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// The steps of the plan, each idempotent by a natural key: with <c>lookFirst</c> (an earlier attempt reached
/// Chatwoot) a step first looks for what that attempt made. The account user upsert, the token, set_agent_bot and
/// Hyyve's own rows are idempotent as they are. Tokens and the bot secret go encrypted to the tenant row.
/// </summary>
internal sealed class ProvisioningSteps(
    IChatwootPlatformApi platform,
    IChatwootApplicationApi application,
    ProvisioningLookups lookups,
    TenantStore tenants,
    ProjectStore projects)
{
    private const string BotName = "Hyyve";
    private const string BotDescription = "Answers from the knowledge base with citations; hands off to a human when unsure (Hyyve).";

    public Task<StepOutput> RunAsync(RunRecord run, PlannedStep step, ChatwootPlatform target, bool lookFirst, CancellationToken ct) => step.Kind switch
    {
        StepKind.Account => AccountAsync(run, target, lookFirst, ct),
        StepKind.Administrator => AdministratorAsync(run, target, ct),
        StepKind.AccountUser => AccountUserAsync(run, target, ct),
        StepKind.UserToken => UserTokenAsync(run, target, ct),
        StepKind.AgentBot => AgentBotAsync(run, lookFirst, ct),
        StepKind.Inbox => InboxAsync(run, step.Project!.Value, lookFirst, ct),
        StepKind.AttachBot => AttachBotAsync(run, step.Project!.Value, ct),
        StepKind.ProjectRecord => ProjectAsync(run, step.Project!.Value, ct),
        StepKind.Portal => PortalAsync(run, lookFirst, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "Unknown step kind."),
    };

    private async Task<StepOutput> AccountAsync(RunRecord run, ChatwootPlatform target, bool lookFirst, CancellationToken ct)
    {
        if (lookFirst && await lookups.FindAccountAsync(target, run.TenantId, ct) is long existing)
        {
            return new StepOutput { ChatwootId = existing };
        }

        var account = await platform.CreateAccountAsync(target, new NewPlatformAccount(run.Request.Name, run.Request.Locale ?? "en")
        {
            CustomAttributes = new Dictionary<string, string> { [ProvisioningLookups.TenantAttribute] = run.TenantId.ToString() },
        }, ct);
        return new StepOutput { ChatwootId = account.Id };
    }

    /// <summary>A known email returns the existing user (Chatwoot's <c>User.from_email</c>), which makes this idempotent; a user
    /// that already belongs to another account is marked adopted, so a rollback leaves it alone.</summary>
    private async Task<StepOutput> AdministratorAsync(RunRecord run, ChatwootPlatform target, CancellationToken ct)
    {
        var admin = run.Request.Administrator;
        var user = await platform.CreateUserAsync(target, new NewPlatformUser(admin.Name, admin.Email, NewPassword()), ct);
        var adopted = user.Accounts?.Any(a => a.Id != run.AccountId) ?? false;
        return new StepOutput { ChatwootId = user.Id, Adopted = adopted };
    }

    private async Task<StepOutput> AccountUserAsync(RunRecord run, ChatwootPlatform target, CancellationToken ct)
    {
        var membership = await platform.UpsertAccountUserAsync(target, run.AccountId,
            new AccountUserRole(UserId(run), "administrator"), ct);
        return new StepOutput { ChatwootId = membership.Id };
    }

    private async Task<StepOutput> UserTokenAsync(RunRecord run, ChatwootPlatform target, CancellationToken ct)
    {
        var token = await platform.CreateUserTokenAsync(target, UserId(run), ct);
        var tenant = await tenants.FindAsync(run.TenantId, ct)
                     ?? new ChatwootTenant(run.TenantId, run.Request.Name, run.ChatwootBaseUrl, run.AccountId, null, null, null, null, false, null);
        await tenants.SaveAsync(tenant with { UserToken = token.AccessToken }, ct);
        return new StepOutput { ChatwootId = UserId(run) };
    }

    private async Task<StepOutput> AgentBotAsync(RunRecord run, bool lookFirst, CancellationToken ct)
    {
        var (tenant, admin) = await AdminAsync(run, ct);
        var found = lookFirst ? await lookups.FindBotAsync(admin, run.WebhookUrl, ct) : null;
        var (id, token, secret) = found is not null
            ? (found.Id, found.AccessToken, found.Secret)
            : await CreateBotAsync(admin, run.WebhookUrl, ct);
        if (token is null || secret is null)
        {
            throw new ValidationFailedException("administrator",
                $"Chatwoot did not return the token and secret of agent bot {id}; the user token is not an administrator's of account {run.AccountId}.");
        }

        await tenants.SaveAsync(tenant with { BotId = id, BotToken = token, BotSecret = secret }, ct);
        return new StepOutput { ChatwootId = id };
    }

    private async Task<(long, string?, string?)> CreateBotAsync(ChatwootAccount admin, string webhookUrl, CancellationToken ct)
    {
        var bot = await application.CreateAgentBotAsync(admin, new NewAgentBot(BotName, BotDescription, webhookUrl), ct);
        return (bot.Id, bot.AccessToken, bot.Secret);
    }

    private async Task<StepOutput> InboxAsync(RunRecord run, int index, bool lookFirst, CancellationToken ct)
    {
        var project = run.Request.Projects[index];
        var (_, admin) = await AdminAsync(run, ct);
        var inbox = (lookFirst ? await lookups.FindInboxAsync(admin, project.Name, ct) : null)
                    ?? await application.CreateInboxAsync(admin, new NewInbox(project.Name,
                        new NewInboxChannel(project.ChannelType) { WebsiteUrl = project.WebsiteUrl }), ct);
        return new StepOutput { ChatwootId = inbox.Id, WebsiteToken = inbox.WebsiteToken };
    }

    private async Task<StepOutput> AttachBotAsync(RunRecord run, int index, CancellationToken ct)
    {
        var (tenant, admin) = await AdminAsync(run, ct);
        await application.SetAgentBotAsync(admin, InboxId(run, index), new AgentBotAssignment(tenant.BotId!.Value), ct);
        return new StepOutput { ChatwootId = tenant.BotId };
    }

    private async Task<StepOutput> ProjectAsync(RunRecord run, int index, CancellationToken ct)
    {
        var project = run.Request.Projects[index];
        var slug = run.PortalSlug(run.AccountId);
        var id = await projects.UpsertConnectedAsync(run.TenantId, new ProjectConnection(project.Name, InboxId(run, index), slug,
            slug is null ? null : run.Request.Locale ?? "en", project.ConfidenceThreshold, project.HandoffMessage), ct);
        return new StepOutput { ProjectId = id };
    }

    private async Task<StepOutput> PortalAsync(RunRecord run, bool lookFirst, CancellationToken ct)
    {
        var slug = run.PortalSlug(run.AccountId)!;
        var (_, admin) = await AdminAsync(run, ct);
        var portal = (lookFirst ? await lookups.FindPortalAsync(admin, slug, ct) : null)
                     ?? await application.CreatePortalAsync(admin, new NewPortal(new NewPortalFields(run.Request.Portal!.Name, slug)), ct);
        return new StepOutput { ChatwootId = portal.Id, Slug = portal.Slug };
    }

    public async Task<(ChatwootTenant Tenant, ChatwootAccount Admin)> AdminAsync(RunRecord run, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(run.TenantId, ct)
                     ?? throw new InvalidOperationException($"Run {run.Id} has no tenant row before its user-token step finished.");
        return (tenant, tenant.AsUser() ?? throw new InvalidOperationException($"Tenant {tenant.Id} has no administrator token."));
    }

    public static long UserId(RunRecord run) =>
        run.OutputOf("administrator")?.ChatwootId ?? throw new InvalidOperationException($"Run {run.Id} has no administrator yet.");

    public static long InboxId(RunRecord run, int index) =>
        run.OutputOf($"inbox[{index}]")?.ChatwootId ?? throw new InvalidOperationException($"Run {run.Id} has no inbox {index} yet.");

    /// <summary>A password that meets Chatwoot's rule; nobody signs in with it (the administrator resets it or uses SSO).</summary>
    private static string NewPassword() => $"Hy{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}!9A";
}
