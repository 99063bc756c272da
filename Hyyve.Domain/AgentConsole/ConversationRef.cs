using Hyyve.Domain.Errors;
using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary>A conversation of a project, as the console addresses it; another project's conversation is not found.</summary>
public sealed record ConversationRef(Guid TenantId, Guid ProjectId, long ConversationId, string Status)
{
    public static async Task<ConversationRef> FindAsync(NpgsqlDataSource dataSource, Guid projectId, long conversationId,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT tenant_id, status FROM hyyve.conversations WHERE project_id = @project_id AND chatwoot_conversation_id = @conversation_id
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ConversationRef(reader.GetGuid(0), projectId, conversationId, reader.GetString(1))
            : throw new NotFoundException($"Conversation {conversationId} was not found in project {projectId}.");
    }
}
