using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge.Index;

/// <summary>The contract on the default index: PostgreSQL full text over <c>hyyve.chunks</c>, and its typo tolerance.</summary>
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

    [Fact]
    public async Task A_misspelt_word_finds_the_word_it_misspells_but_a_real_word_the_knowledge_lacks_finds_nothing()
    {
        await using var server = await StartServerAsync(TestPostgres.CreateDatabase("ixtypo"), new Dictionary<string, string?>());
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("slack", "Slack", "Connect Slack under Settings › Integrations."),
            Doc("points", "Points", "Each finished task earns one point."));

        var misspelt = await project.SearchAsync("slak");
        var realWord = await project.SearchAsync("print");

        Assert.Equal("slack", Assert.Single(misspelt.EnumerateArray()).GetProperty("externalId").GetString());
        Assert.Empty(realWord.EnumerateArray()); // "print" is one edit from "point", but no typo of it
    }
}
