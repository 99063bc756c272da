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
