using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hyyve.IntegrationTests.Knowledge.Index;

/// <summary>The contract on the default index: PostgreSQL full text over <c>hyyve.chunks</c>.</summary>
public sealed class PostgresKnowledgeIndexTests : KnowledgeIndexContract
{
    protected override Task<TestServer> StartServerAsync(string database, IDictionary<string, string?> settings,
        Action<IServiceCollection>? services = null) => TestServer.StartAsync(database, settings, services);

    protected override async Task<int> IndexedChunksAsync(string database, Guid projectId, string externalId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int FROM hyyve.chunks c JOIN hyyve.documents d ON d.id = c.document_id
            WHERE d.project_id = @project_id AND d.external_id = @external_id
            """, connection);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("external_id", externalId);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
