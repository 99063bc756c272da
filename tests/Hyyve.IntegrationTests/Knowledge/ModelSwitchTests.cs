using System.Net;
using Hyyve.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>
/// Switching the local model (here from arctic alone to the pair) needs no re-upload: at the next start every vector the
/// other model made is cleared and made again in the background, and answers then come from the new vectors.
/// </summary>
public sealed class ModelSwitchTests
{
    [Fact]
    public async Task Vectors_of_another_model_are_made_again_at_start_up()
    {
        var connection = TestPostgres.CreateDatabase("modelswitch");
        Guid projectId;
        HttpStatusCode uploaded;
        await using (var arctic = await TestServer.StartAsync(connection,
                         new Dictionary<string, string?>(TestServer.LocalModel) { ["Knowledge:LocalModel"] = "arctic" }))
        {
            var project = await KnowledgeProject.CreateAsync(arctic);
            projectId = project.ProjectId;
            uploaded = (await project.PostDocumentsAsync(
                new { externalId = "refunds", title = "Refund policy", content = "Refunds arrive within 5 to 10 business days." },
                new { externalId = "invites", title = "Invite teammates", content = "Open Settings › Members and choose Invite." })).StatusCode;
            await project.WaitForEmbeddingsAsync();
        }

        Assert.Equal(HttpStatusCode.OK, uploaded);
        Assert.Equal(new[] { 384 }, await LengthsAsync(connection, projectId));
        // One sentence per chunk, as written and under its heading.
        Assert.Equal(new[] { 2 * 384 }, await LengthsAsync(connection, projectId, "sentence_embeddings"));

        await using var pair = await TestServer.StartAsync(connection, new Dictionary<string, string?>(TestServer.LocalModel));
        await Eventually.TrueAsync(async () => (await LengthsAsync(connection, projectId)).SequenceEqual(new[] { 768 }), TimeSpan.FromSeconds(120),
            "every chunk has a vector of the pair");
        await Eventually.TrueAsync(async () => (await LengthsAsync(connection, projectId, "sentence_embeddings")).SequenceEqual(new[] { 2 * 768 }),
            TimeSpan.FromSeconds(120), "every chunk's sentences have vectors of the pair");
        var again = new KnowledgeProject(Guid.Empty, projectId, pair.CreateClient());
        var body = await again.AskAsync("how do i add my coworkers");

        Assert.Equal("invites", body.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
        Assert.True(body.GetProperty("signals").GetProperty("hasVectors").GetBoolean());
    }

    /// <summary>The distinct lengths of the project's chunk vectors, or of another vector column (0 for a chunk without one).</summary>
    private static async Task<int[]> LengthsAsync(string connection, Guid projectId, string column = "embedding")
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await using var command = dataSource.CreateCommand(
            $"SELECT DISTINCT coalesce(cardinality({column}), 0) FROM hyyve.chunks WHERE project_id = @project_id ORDER BY 1");
        command.Parameters.AddWithValue("project_id", projectId);
        var lengths = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lengths.Add(reader.GetInt32(0));
        }

        return [.. lengths];
    }
}
