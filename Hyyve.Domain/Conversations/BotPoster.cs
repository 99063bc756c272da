using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Conversations;

/// <summary>
/// Posts each part of an answer at most once. A message create is not idempotent, so a part is marked
/// <c>attempted</c> before its POST and <c>posted</c> after. A retry that finds <c>attempted</c> first looks for
/// proof the earlier POST landed: the webhook echo (carrying <c>content_attributes.hyyve.answer_id</c>) in the
/// transcript, then the conversation's messages read with the tenant's user token. Only without proof does it post again.
/// </summary>
public sealed class BotPoster(
    NpgsqlDataSource dataSource, IChatwootApplicationApi chatwoot, IOptions<ChatwootOptions> options, TimeProvider time, ILogger<BotPoster> logger)
{
    public async Task PostOnceAsync(ChatwootTenant tenant, long conversationId, long afterMessageId, Guid answerId, string part,
        string content, bool isPrivate, JsonObject attributes, CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(answerId, part, cancellationToken);
        if (state == "posted")
        {
            return;
        }

        // Two runs of one job can overlap (a queue delivers at least once; the reconciler's copy of a late job). Only the
        // run that creates the row posts at once; the other treats the part as attempted and looks for proof first.
        if (state is null && await TryClaimAsync(answerId, part, tenant.Id, conversationId, cancellationToken))
        {
            var created = await chatwoot.CreateMessageAsync(tenant.AsBot(), conversationId, new NewMessage(content, isPrivate, attributes), cancellationToken);
            await MarkAsync(answerId, part, tenant.Id, conversationId, "posted", created.Id, cancellationToken);
            return;
        }

        if (await FindLandedAsync(tenant, conversationId, afterMessageId, answerId, part, isPrivate, cancellationToken) is { } landed)
        {
            ConversationsLog.EchoFound(logger, part, answerId);
            await MarkAsync(answerId, part, tenant.Id, conversationId, "posted", landed, cancellationToken);
            return;
        }

        await MarkAsync(answerId, part, tenant.Id, conversationId, "attempted", null, cancellationToken);
        var message = await chatwoot.CreateMessageAsync(tenant.AsBot(), conversationId, new NewMessage(content, isPrivate, attributes), cancellationToken);
        await MarkAsync(answerId, part, tenant.Id, conversationId, "posted", message.Id, cancellationToken);
    }

    /// <summary>Whether a part of an answer is known to be in Chatwoot.</summary>
    public async Task<bool> IsPostedAsync(Guid answerId, string part, CancellationToken cancellationToken) =>
        await GetStateAsync(answerId, part, cancellationToken) == "posted";

    /// <summary>Runs an idempotent step once (e.g. the status change of a handoff).</summary>
    public async Task RunOnceAsync(ChatwootTenant tenant, long conversationId, Guid answerId, string part, Func<Task> step,
        CancellationToken cancellationToken)
    {
        if (await GetStateAsync(answerId, part, cancellationToken) == "posted")
        {
            return;
        }

        await step();
        await MarkAsync(answerId, part, tenant.Id, conversationId, "posted", null, cancellationToken);
    }

    private async Task<long?> FindLandedAsync(ChatwootTenant tenant, long conversationId, long afterMessageId, Guid answerId, string part,
        bool isPrivate, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + options.Value.EchoWait;
        do
        {
            if (await FindEchoAsync(tenant.Id, answerId, isPrivate, cancellationToken) is { } echoed)
            {
                return echoed;
            }

            // An overlapping run that finished its POST has recorded it.
            if (await FindPostedAsync(answerId, part, cancellationToken) is { } posted)
            {
                return posted;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
        while (time.GetUtcNow() < deadline);

        return tenant.AsUser() is { } user ? await FindInChatwootAsync(user, conversationId, afterMessageId, answerId, isPrivate, cancellationToken) : null;
    }

    private async Task<long?> FindInChatwootAsync(ChatwootAccount user, long conversationId, long afterMessageId, Guid answerId, bool isPrivate,
        CancellationToken cancellationToken)
    {
        var messages = await chatwoot.ListMessagesAsync(user, conversationId, afterMessageId, cancellationToken);
        foreach (var message in messages.Payload)
        {
            if (message.Private == isPrivate && CarriesAnswer(message.ContentAttributes, answerId))
            {
                return message.Id;
            }
        }

        return null;
    }

    private static bool CarriesAnswer(JsonElement attributes, Guid answerId) =>
        attributes.ValueKind == JsonValueKind.Object
        && attributes.TryGetProperty(ReplyAttributes.Key, out var hyyve) && hyyve.ValueKind == JsonValueKind.Object
        && hyyve.TryGetProperty("answer_id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == answerId.ToString();

    private async Task<long?> FindEchoAsync(Guid tenantId, Guid answerId, bool isPrivate, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT chatwoot_message_id FROM hyyve.conversation_messages
            WHERE tenant_id = @tenant_id AND answer_id = @answer_id AND private = @private LIMIT 1
            """);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("private", isPrivate);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>Creates the part's row as <c>attempted</c>; false when another run created it first.</summary>
    private async Task<bool> TryClaimAsync(Guid answerId, string part, Guid tenantId, long conversationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.bot_posts (answer_id, part, tenant_id, chatwoot_conversation_id, state)
            VALUES (@answer_id, @part, @tenant_id, @conversation_id, 'attempted')
            ON CONFLICT (answer_id, part) DO NOTHING
            """);
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("part", part);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<long?> FindPostedAsync(Guid answerId, string part, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT chatwoot_message_id FROM hyyve.bot_posts WHERE answer_id = @answer_id AND part = @part AND state = 'posted'");
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("part", part);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private async Task<string?> GetStateAsync(Guid answerId, string part, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT state FROM hyyve.bot_posts WHERE answer_id = @answer_id AND part = @part");
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("part", part);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task MarkAsync(Guid answerId, string part, Guid tenantId, long conversationId, string state, long? messageId,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.bot_posts (answer_id, part, tenant_id, chatwoot_conversation_id, state, chatwoot_message_id)
            VALUES (@answer_id, @part, @tenant_id, @conversation_id, @state, @message_id)
            ON CONFLICT (answer_id, part) DO UPDATE SET
                state = excluded.state, chatwoot_message_id = coalesce(excluded.chatwoot_message_id, bot_posts.chatwoot_message_id),
                attempts = bot_posts.attempts + CASE WHEN excluded.state = 'attempted' THEN 1 ELSE 0 END, updated_at = now()
            """);
        command.Parameters.AddWithValue("answer_id", answerId);
        command.Parameters.AddWithValue("part", part);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        command.Parameters.AddWithValue("state", state);
        command.Parameters.Add(new NpgsqlParameter("message_id", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)messageId ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
