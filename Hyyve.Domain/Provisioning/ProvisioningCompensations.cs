using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Tenancy;
using Npgsql;

namespace Hyyve.Domain.Provisioning;

/// <summary>
/// Undoes one step, for a rollback that walks the plan backwards. A step that got no stored output but reached Chatwoot
/// is looked up by its natural key first. A 404 from Chatwoot means the thing is already gone, which counts as done.
/// </summary>
internal sealed class ProvisioningCompensations(
    IChatwootPlatformApi platform,
    IChatwootApplicationApi application,
    ProvisioningLookups lookups,
    TenantStore tenants,
    NpgsqlDataSource dataSource)
{
    public async Task UndoAsync(RunRecord run, PlannedStep step, StepRecord record, ChatwootPlatform target, CancellationToken ct)
    {
        var output = record.Output;
        switch (step.Kind)
        {
            case StepKind.Portal when await AdminOrNullAsync(run, ct) is { } admin:
                var slug = output?.Slug ?? run.PortalSlug(run.AccountId)!;
                await IgnoreGoneAsync(() => application.DeletePortalAsync(admin, slug, ct));
                break;
            case StepKind.ProjectRecord:
                await DeleteAsync("DELETE FROM hyyve.projects WHERE tenant_id = @tenant AND chatwoot_inbox_id = @inbox",
                    run.TenantId, run.OutputOf($"inbox[{step.Project}]")?.ChatwootId, ct);
                break;
            case StepKind.AttachBot:
                break; // Deleting the inbox (the step before, undone next) removes its agent_bot_inboxes row.
            case StepKind.Inbox when await AdminOrNullAsync(run, ct) is { } admin:
                var inboxId = output?.ChatwootId ?? (await lookups.FindInboxAsync(admin, run.Request.Projects[step.Project!.Value].Name, ct))?.Id;
                if (inboxId is long inbox)
                {
                    await IgnoreGoneAsync(() => application.DeleteInboxAsync(admin, inbox, ct));
                }

                break;
            case StepKind.AgentBot when await AdminOrNullAsync(run, ct) is { } admin:
                var botId = output?.ChatwootId ?? (await lookups.FindBotAsync(admin, run.WebhookUrl, ct))?.Id;
                if (botId is long bot)
                {
                    await IgnoreGoneAsync(() => application.DeleteAgentBotAsync(admin, bot, ct));
                }

                break;
            case StepKind.UserToken:
                // The tenant row, with its keys and any project rows left; the Chatwoot records it named are undone already.
                await DeleteAsync("DELETE FROM hyyve.tenants WHERE id = @tenant", run.TenantId, null, ct);
                break;
            case StepKind.AccountUser when run.OutputOf("administrator")?.ChatwootId is long userId && AccountOrNull(run) is long accountId:
                await IgnoreGoneAsync(() => platform.RemoveAccountUserAsync(target, accountId, new AccountUserRemoval(userId), ct));
                break;
            case StepKind.Administrator when output is { ChatwootId: long userId, Adopted: false }:
                await IgnoreGoneAsync(() => platform.DeleteUserAsync(target, userId, ct));
                break;
            case StepKind.Account:
                var accountToDelete = output?.ChatwootId ?? await lookups.FindAccountAsync(target, run.TenantId, ct);
                if (accountToDelete is long account)
                {
                    await IgnoreGoneAsync(() => platform.DeleteAccountAsync(target, account, ct));
                }

                break;
        }
    }

    private static long? AccountOrNull(RunRecord run) => run.OutputOf("account")?.ChatwootId;

    private async Task<ChatwootAccount?> AdminOrNullAsync(RunRecord run, CancellationToken ct) =>
        (await tenants.FindAsync(run.TenantId, ct))?.AsUser();

    private static async Task IgnoreGoneAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (StepFailures.IsGone(ex))
        {
            // Already deleted (by an earlier attempt of this rollback, or by hand): nothing left to undo.
        }
    }

    private async Task DeleteAsync(string sql, Guid tenantId, long? inboxId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("tenant", tenantId);
        if (sql.Contains("@inbox", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("inbox", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)inboxId ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
