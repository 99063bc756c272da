using System.Text.Json;
using Hyyve.Domain.Jobs;
using Hyyve.Functions.Knowledge;
using Hyyve.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hyyve.Functions.Tests.Parity;

/// <summary>Every knowledge and playground function answers what Hyyve.Server answers to the same request.</summary>
public sealed class KnowledgeParityTests(ParityFixture hosts) : IClassFixture<ParityFixture>
{
    private string Project => $"/api/projects/{hosts.Functions.ProjectId}";

    private string TenantKey => hosts.Functions.TenantKey;

    [Theory]
    [InlineData("/documents")]
    [InlineData("/search?q=reset%20password&k=3")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=reset&k=ten")]
    [InlineData("/search?q=reset&k=51")]
    [InlineData("/sync?limit=many")]
    [InlineData("/documents/batches/00000000-0000-0000-0000-000000000001")]
    public async Task Reads_answer_the_same(string route)
    {
        var (server, functions) = await hosts.BothAsync(Requests.Get(Project + route), TenantKey);

        Assert.Equal(server, functions);
    }

    [Theory]
    [InlineData("""{"question":"How do I reset my password?"}""")]
    [InlineData("""{"question":"Can I pay by cheque?","history":[{"role":"customer","text":"Hi"}],"useContext":false}""")]
    [InlineData("""{"history":[]}""")]
    [InlineData("""{"question":"x","history":[{"role":"robot","text":"Hi"}]}""")]
    [InlineData("""{"question": """)]
    [InlineData("""{"question": 5}""")]
    [InlineData("""{"question":"x","history":{"role":"customer"}}""")]
    [InlineData("""null""")]
    public async Task Ask_answers_the_same(string body)
    {
        var (server, functions) = await hosts.BothAsync(Requests.PostJson(Project + "/ask", body), TenantKey);

        Assert.Equal(server, functions);
    }

    [Fact]
    public async Task Empty_bodies_answer_the_same()
    {
        foreach (var route in new[] { "/ask", "/documents" })
        {
            var (server, functions) = await hosts.BothAsync(Requests.PostJson(Project + route, ""), TenantKey);

            Assert.Equal(400, server.Status);
            Assert.Equal(server, functions);
        }
    }

    [Fact]
    public async Task Ask_without_a_JSON_content_type_answers_the_same()
    {
        var (server, functions) = await hosts.BothAsync(Requests.PostText(Project + "/ask", "How do I reset my password?"), TenantKey);

        Assert.Equal(server, functions);
    }

    [Theory]
    [InlineData("""{"documents":[{"externalId":"parity-doc","title":"Parity","content":"Parity articles say the same in both hosts.","contentType":"markdown"}]}""")]
    [InlineData("""{"documents":[{"externalId":"bad","title":"Bad","content":"x","contentType":"pdf"}]}""")]
    [InlineData("""{"documents":[]}""")]
    [InlineData("""{}""")]
    public async Task Uploads_answer_the_same(string body)
    {
        var (server, functions) = await hosts.BothAsync(Requests.PostJson(Project + "/documents", body), TenantKey);

        Assert.Equal(server, functions);
    }

    [Fact]
    public async Task A_large_upload_is_accepted_the_same_and_the_functions_ingest_job_indexes_it()
    {
        var documents = Enumerable.Range(0, 201).Select(i => new
        {
            externalId = $"bulk-{i}", title = $"Bulk {i}", content = $"Bulk article number {i} about exports.", contentType = "text",
        });
        var body = JsonSerializer.Serialize(new { documents });

        var (server, functions) = await hosts.BothAsync(Requests.PostJson(Project + "/documents", body), TenantKey);
        var ingest = Assert.Single(hosts.Functions.Queues.Drain(JobKinds.IngestDocuments));
        await using (var scope = hosts.Functions.Functions.Services.CreateAsyncScope())
        {
            await FunctionsHost.Activate<IngestWorker>(scope.ServiceProvider)
                .RunAsync(ingest, TestFunctionContext.ForQueue(scope.ServiceProvider, nameof(IngestWorker), 1), CancellationToken.None);
        }

        Assert.Equal(202, server.Status);
        Assert.Equal(server, functions);
        var batchId = JsonDocument.Parse(ingest).RootElement.GetProperty("batchId").GetGuid();
        using var client = hosts.Functions.CreateClient(TenantKey);
        var progress = JsonDocument.Parse(await client.GetStringAsync($"{Project}/documents/batches/{batchId}")).RootElement;
        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        Assert.Equal(201, progress.GetProperty("indexed").GetInt32());
    }

    [Fact]
    public async Task Deletes_answer_the_same()
    {
        const string upload = """{"documents":[{"externalId":"to delete/1","title":"Gone","content":"Soon gone.","contentType":"text"}]}""";
        using var client = hosts.Functions.CreateClient(TenantKey);
        var path = Project + "/documents/" + Uri.EscapeDataString("to delete/1");
        var answers = new List<HostAnswer>();
        foreach (var host in new[] { hosts.Server.CreateClient(TenantKey), hosts.Functions.CreateClient(TenantKey) })
        {
            using (host)
            {
                (await client.SendAsync(Requests.PostJson(Project + "/documents", upload)())).EnsureSuccessStatusCode();
                answers.Add(await HostAnswer.ReadAsync(host, Requests.Delete(path)()));
                answers.Add(await HostAnswer.ReadAsync(host, Requests.Delete(path)()));
            }
        }

        Assert.Equal(204, answers[0].Status);
        Assert.Equal(404, answers[1].Status);
        Assert.Equal(answers[0], answers[2]);
        Assert.Equal(answers[1], answers[3]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("hyv_not_a_real_key")]
    public async Task A_missing_or_wrong_key_answers_the_same(string? key)
    {
        var (server, functions) = await hosts.BothAsync(Requests.Get(Project + "/documents"), key);

        Assert.Equal(401, server.Status);
        Assert.Equal(server, functions);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task A_malformed_Authorization_header_answers_the_same(string authorization)
    {
        var (server, functions) = await hosts.BothAsync(() =>
        {
            var request = Requests.Get(Project + "/documents")();
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return request;
        }, apiKey: null);

        Assert.Equal(401, server.Status);
        Assert.Contains("Malformed API key", server.Json);
        Assert.Equal(server, functions);
    }

    [Fact]
    public async Task A_project_the_key_cannot_see_answers_the_same()
    {
        var (server, functions) = await hosts.BothAsync(Requests.Get($"/api/projects/{Guid.NewGuid()}/search?q=x"), TenantKey);

        Assert.Equal(404, server.Status);
        Assert.Equal(server, functions);
    }
}
