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

    public async Task<Project> CreateProjectAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        var project = new Project(Guid.CreateVersion7(), tenantId, name);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hyyve.projects (id, tenant_id, name) VALUES (@id, @tenant_id, @name)");
        command.Parameters.AddWithValue("id", project.Id);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return project;
    }

    public async Task<Project?> FindProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, tenant_id, name FROM hyyve.projects WHERE id = @id");
        command.Parameters.AddWithValue("id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Project(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)) : null;
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
