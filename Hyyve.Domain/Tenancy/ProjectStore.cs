using Hyyve.Domain.Errors;
using Npgsql;

namespace Hyyve.Domain.Tenancy;

/// <summary>Reads and creates tenants and projects.</summary>
public sealed class ProjectStore(NpgsqlDataSource dataSource)
{
    public async Task<Guid> CreateTenantAsync(string name, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await using var command = dataSource.CreateCommand("INSERT INTO hyyve.tenants (id, name) VALUES (@id, @name)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    private const string Columns = "id, tenant_id, name, chatwoot_inbox_id, portal_slug, locale, confidence_threshold, handoff_message";

    public async Task<Project> CreateProjectAsync(Guid tenantId, string name, CancellationToken cancellationToken,
        double? confidenceThreshold = null, string? handoffMessage = null)
    {
        var project = new Project(Guid.CreateVersion7(), tenantId, name, ConfidenceThreshold: confidenceThreshold, HandoffMessage: handoffMessage);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.projects (id, tenant_id, name, confidence_threshold, handoff_message)
            VALUES (@id, @tenant_id, @name, @threshold, @handoff)
            """);
        command.Parameters.AddWithValue("id", project.Id);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.Add(new NpgsqlParameter("threshold", NpgsqlTypes.NpgsqlDbType.Real) { Value = (object?)(float?)confidenceThreshold ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("handoff", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)handoffMessage ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return project;
    }

    /// <summary>Creates the project of an inbox, or updates its settings when the inbox is already connected.</summary>
    public async Task<Guid> UpsertConnectedAsync(Guid tenantId, ProjectConnection project, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hyyve.projects (id, tenant_id, name, chatwoot_inbox_id, portal_slug, locale, confidence_threshold, handoff_message)
            VALUES (@id, @tenant_id, @name, @inbox, @portal, @locale, @threshold, @handoff)
            ON CONFLICT (tenant_id, chatwoot_inbox_id) DO UPDATE SET
                name = excluded.name, portal_slug = excluded.portal_slug, locale = excluded.locale,
                confidence_threshold = excluded.confidence_threshold, handoff_message = excluded.handoff_message, updated_at = now()
            RETURNING id
            """);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("name", project.Name);
        command.Parameters.AddWithValue("inbox", project.InboxId);
        command.Parameters.Add(new NpgsqlParameter("portal", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)project.PortalSlug ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("locale", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)project.Locale ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("threshold", NpgsqlTypes.NpgsqlDbType.Real) { Value = (object?)(float?)project.ConfidenceThreshold ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("handoff", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)project.HandoffMessage ?? DBNull.Value });
        return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<Project?> FindByInboxAsync(Guid tenantId, long inboxId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM hyyve.projects WHERE tenant_id = @tenant_id AND chatwoot_inbox_id = @inbox");
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("inbox", inboxId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    internal static Project Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetFloat(6),
        reader.IsDBNull(7) ? null : reader.GetString(7));

    public async Task<Project?> FindProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM hyyve.projects WHERE id = @id");
        command.Parameters.AddWithValue("id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The project, if the caller's key may see it; otherwise a 404-style error that confirms nothing.</summary>
    public async Task<Project> GetVisibleProjectAsync(Guid projectId, ApiKeyIdentity caller, CancellationToken cancellationToken)
    {
        var project = await FindProjectAsync(projectId, cancellationToken);
        if (project is null || !caller.CanAccessTenant(project.TenantId))
        {
            throw new NotFoundException($"Project {projectId} was not found.");
        }

        return project;
    }
}
