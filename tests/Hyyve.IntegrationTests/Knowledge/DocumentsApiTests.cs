using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using Npgsql;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge;

public sealed class DocumentsApiTests
{
    [Fact]
    public async Task Posted_documents_are_listed_with_chunks_and_reposting_replaces_them()
    {
        var db = TestPostgres.CreateDatabase("kdocs");
        await using var server = await TestServer.StartAsync(db);
        var project = await CreateAsync(server);

        var first = await project.PostDocumentsAsync(
            Doc("refunds", "Refunds", "# Refunds\n\nRefunds take five days. They go to the original card.", url: "https://help.example.com/refunds"),
            Doc("sso", "Single sign-on", "Enable SSO under Settings.", "text"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var listed = await project.ListAsync();
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
        var refunds = listed.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("externalId").GetString() == "refunds");
        Assert.Equal("indexed", refunds.GetProperty("status").GetString());
        Assert.Equal(1, refunds.GetProperty("chunks").GetInt32());

        var replaced = await project.PostDocumentsAsync(Doc("refunds", "Refund policy", "Refunds now take ten days."));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var hits = await project.SearchAsync("refunds");
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.Equal("Refund policy", hit.GetProperty("title").GetString());
        Assert.Contains("ten days", hit.GetProperty("snippet").GetString());
        Assert.Equal(1L, await CountAsync(db, "SELECT count(*) FROM hyyve.chunks c JOIN hyyve.documents d ON d.id = c.document_id WHERE d.external_id = 'refunds'"));
        Assert.Equal(2, (await project.ListAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Delete_removes_the_document_and_its_chunks()
    {
        var db = TestPostgres.CreateDatabase("kdelete");
        await using var server = await TestServer.StartAsync(db);
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("a/b", "Parking", "Parking is free for guests."), Doc("keep", "Pets", "Pets are welcome."));

        var deleted = await project.Client.DeleteAsync($"{project.Path}/documents/a%2Fb");
        var again = await project.Client.DeleteAsync($"{project.Path}/documents/a%2Fb");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await project.SearchAsync("parking")).EnumerateArray());
        Assert.Equal(1L, await CountAsync(db, "SELECT count(*) FROM hyyve.chunks"));
    }

    [Theory]
    [InlineData("content", "documents[1].content")]
    [InlineData("contentType", "documents[1].contentType")]
    [InlineData("externalId", "documents[1].externalId")]
    [InlineData("title", "documents[1].title")]
    [InlineData("size", "documents[1].content")]
    public async Task A_bad_document_fails_the_whole_batch_naming_the_field(string defect, string field)
    {
        var db = TestPostgres.CreateDatabase("kvalid");
        await using var server = await TestServer.StartAsync(db, new Dictionary<string, string?> { ["Knowledge:MaxDocumentChars"] = "1000" });
        var project = await CreateAsync(server);
        var bad = defect switch
        {
            "content" => Doc("b", "B", "   "),
            "contentType" => Doc("b", "B", "text", "pdf"),
            "externalId" => Doc("", "B", "text"),
            "title" => Doc("b", null!, "text"),
            _ => Doc("b", "B", new string('x', 1001)),
        };

        var response = await project.PostDocumentsAsync(Doc("a", "A", "Fine text."), bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(0L, await CountAsync(db, "SELECT count(*) FROM hyyve.documents"));
        Assert.Equal(0L, await CountAsync(db, "SELECT count(*) FROM hyyve.chunks"));
    }

    [Fact]
    public async Task Another_tenants_project_and_an_unknown_project_are_not_found()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("knotfound"));
        var mine = await CreateAsync(server, "mine");
        var theirs = await CreateAsync(server, "theirs");

        var other = await mine.Client.PostAsJsonAsync($"{theirs.Path}/documents", new { documents = new[] { Doc("x", "X", "y") } });
        var unknown = await mine.Client.GetAsync($"/api/projects/{Guid.NewGuid()}/documents");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, (await theirs.ListAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_large_batch_is_indexed_by_a_job_with_progress_in_the_listing()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kbatch"),
            new Dictionary<string, string?> { ["Knowledge:SynchronousBatchLimit"] = "5" });
        var project = await CreateAsync(server);
        var documents = Enumerable.Range(0, 12).Select(i => Doc($"doc-{i}", $"Topic {i}", $"Article number {i} explains topic {i}.")).ToArray();

        var response = await project.PostDocumentsAsync(documents);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var watch = response.Headers.Location!.ToString();
        await Eventually.TrueAsync(async () =>
            (await project.Client.GetFromJsonAsync<JsonElement>(watch)).GetProperty("status").GetString() == "succeeded",
            TimeSpan.FromSeconds(30), "the batch job finished");
        var batch = await project.Client.GetFromJsonAsync<JsonElement>(watch);
        Assert.Equal(12, batch.GetProperty("indexed").GetInt32());
        var listed = await project.ListAsync();
        Assert.Equal(12, listed.GetProperty("indexed").GetInt32());
        Assert.All(listed.GetProperty("documents").EnumerateArray(), d => Assert.Equal(1, d.GetProperty("chunks").GetInt32()));
    }

    internal static async Task<long> CountAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
