using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge;

/// <summary>What the listing says about documents not yet indexed, and the batch limits the README states.</summary>
public sealed class DocumentStatusTests
{
    [Fact]
    public async Task A_queued_batch_lists_its_documents_as_queued_with_no_chunks_and_nothing_searchable_yet()
    {
        var db = TestPostgres.CreateDatabase("kqueued");
        // No workers in this process: the ingest job stays queued, so what the listing says before indexing is seen reliably.
        await using var server = await TestServer.StartAsync(db,
            new Dictionary<string, string?> { ["Knowledge:SynchronousBatchLimit"] = "2", ["Jobs:Enabled"] = "false" });
        var project = await CreateAsync(server);

        var response = await project.PostDocumentsAsync(
            Doc("q-1", "Refunds", "Refunds take five days."), Doc("q-2", "Exports", "Exports are CSV files."), Doc("q-3", "Parking", "Parking is free."));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batch = await project.Client.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString());
        Assert.Equal(("queued", 3, 0), (batch.GetProperty("status").GetString(), batch.GetProperty("total").GetInt32(), batch.GetProperty("indexed").GetInt32()));
        var listed = (await project.ListAsync()).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["q-1", "q-2", "q-3"], listed.Select(d => d.GetProperty("externalId").GetString()).Order());
        Assert.All(listed, d => Assert.Equal(("queued", 0), (d.GetProperty("status").GetString(), d.GetProperty("chunks").GetInt32())));
        Assert.Equal(0, (await project.SearchAsync("refunds")).GetArrayLength());
    }

    [Fact]
    public async Task A_batch_over_the_document_limit_is_refused_whole_and_writes_nothing()
    {
        var db = TestPostgres.CreateDatabase("kmaxbatch");
        await using var server = await TestServer.StartAsync(db, new Dictionary<string, string?> { ["Knowledge:MaxBatchDocuments"] = "3" });
        var project = await CreateAsync(server);

        var response = await project.PostDocumentsAsync(Enumerable.Range(0, 4).Select(i => Doc($"m-{i}", $"M {i}", "Text.")).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("documents", problem.GetProperty("field").GetString());
        Assert.Contains("at most 3 documents", problem.GetProperty("detail").GetString());
        Assert.Equal(0L, await DocumentsApiTests.CountAsync(db, "SELECT count(*) FROM hyyve.documents"));
    }
}
