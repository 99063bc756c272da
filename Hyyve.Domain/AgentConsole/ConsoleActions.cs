using System.Text.Json.Nodes;
using Hyyve.Domain.Chatwoot.Api;
using Hyyve.Domain.Errors;
using Hyyve.Domain.Tenancy;
using Npgsql;
using Refit;

namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// What an agent does from the console, through Chatwoot with the tenant's <b>user</b> (administrator) token: a bot token
/// would make Chatwoot show the reply as the bot's (CONTRACT §5.3, sender = the caller), and the bot must not hand back
/// its own conversations. A reply is recorded in the transcript at once (the webhook echo then finds it there), so the
/// HITL queue and the thread reflect it without waiting for the echo.
/// </summary>
public sealed class ConsoleActions(NpgsqlDataSource dataSource, TenantDirectory tenants, IChatwootApplicationApi chatwoot, TimeProvider time)
{
    public const int MaxContentChars = 150_000;
    private static readonly string[] Statuses = ["open", "pending", "resolved"];

    public async Task<ReplyPosted> ReplyAsync(Guid projectId, long conversationId, ReplyBody? body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Content))
        {
            throw new ValidationFailedException("content", "content is required.");
        }

        if (body.Content.Length > MaxContentChars)
        {
            throw new ValidationFailedException("content", $"content is longer than {MaxContentChars} characters.");
        }

        var conversation = await ConversationRef.FindAsync(dataSource, projectId, conversationId, cancellationToken);
        var account = await UserAccountAsync(conversation.TenantId, cancellationToken);
        var isPrivate = body.Private ?? false;
        var message = await CallAsync("message create", () =>
            chatwoot.CreateMessageAsync(account, conversationId, new NewMessage(body.Content, isPrivate, new JsonObject()), cancellationToken));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.conversation_messages
                (tenant_id, chatwoot_message_id, chatwoot_conversation_id, message_type, private, content, sender_type, created_at)
            VALUES (@tenant_id, @message_id, @conversation_id, 'outgoing', @private, @content, 'user', @now)
            ON CONFLICT (tenant_id, chatwoot_message_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("tenant_id", conversation.TenantId);
        command.Parameters.AddWithValue("message_id", message.Id);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        command.Parameters.AddWithValue("private", isPrivate);
        command.Parameters.AddWithValue("content", body.Content);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new ReplyPosted(message.Id);
    }

    /// <summary><c>open</c> takes the conversation over for humans, <c>pending</c> hands it back to the bot, <c>resolved</c> resolves it.</summary>
    public async Task<StatusSet> SetStatusAsync(Guid projectId, long conversationId, StatusBody? body, CancellationToken cancellationToken)
    {
        if (body?.Status is not { } status || !Statuses.Contains(status))
        {
            throw new ValidationFailedException("status", "status must be open, pending or resolved.");
        }

        var conversation = await ConversationRef.FindAsync(dataSource, projectId, conversationId, cancellationToken);
        var account = await UserAccountAsync(conversation.TenantId, cancellationToken);
        await CallAsync("toggle_status", async () =>
        {
            await chatwoot.ToggleStatusAsync(account, conversationId, new StatusChange(status), cancellationToken);
            return true;
        });
        // The webhook that follows reports the same; recording it now keeps the bot silent (or lets it answer) at once.
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.conversations
            SET status = @status,
                handled_by = CASE @status WHEN 'pending' THEN 'bot' WHEN 'open' THEN 'human' ELSE handled_by END,
                updated_at = now()
            WHERE tenant_id = @tenant_id AND chatwoot_conversation_id = @conversation_id
            """);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("tenant_id", conversation.TenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StatusSet(status);
    }

    private async Task<Chatwoot.ChatwootAccount> UserAccountAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var tenant = await tenants.GetTenantAsync(tenantId, fresh: false, cancellationToken)
            ?? throw new NotFoundException($"Tenant {tenantId} was not found.");
        return tenant.AsUser() ?? throw new ConflictException(
            $"Tenant {tenantId} has no Chatwoot user token; connect it again with an administrator's access token (userToken) to reply from the console.");
    }

    private static async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex)
        {
            throw new UpstreamException("Chatwoot", (int)ex.StatusCode, $"Chatwoot answered {(int)ex.StatusCode} to the console's {what}.", ex);
        }
    }
}

/// <summary>Body of <c>POST …/reply</c>: <c>private: true</c> makes a private note for agents.</summary>
public sealed record ReplyBody(string? Content, bool? Private);

public sealed record ReplyPosted(long MessageId);

/// <summary>Body of <c>POST …/status</c>.</summary>
public sealed record StatusBody(string? Status);

public sealed record StatusSet(string Status);
