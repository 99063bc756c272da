using System.Net;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge.Index;

/// <summary>
/// What every <c>IKnowledgeIndex</c> backend must do, through the real HTTP API: replacement by re-posting (stale chunks
/// gone), deletion, isolation between projects for search and ask, and large batches indexed by a job. Each backend
/// runs these same tests with the same fixtures in a derived class.
/// </summary>
public abstract class KnowledgeIndexContract
{
    private static readonly string LongRefunds = string.Join("\n\n",
        "# Refunds", "Refunds take five days to reach the original card after we approve them, counted in business days.",
        "## Partial refunds", "A partial refund is possible when only some items of an order come back to the warehouse unused.",
        "## Exchanges", "An exchange replaces an item with another size or colour and is shipped free of charge within the country.");

    /// <summary>A Hyyve server on <paramref name="database"/> retrieving through this backend.</summary>
    protected abstract Task<TestServer> StartServerAsync(string database, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null);

    /// <summary>The chunks this backend holds for one document.</summary>
    protected abstract Task<int> IndexedChunksAsync(string database, Guid projectId, string externalId);

    private async Task<(TestServer Server, string Database)> StartAsync(string purpose, IDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null)
    {
        var database = TestPostgres.CreateDatabase(purpose);
        var settings = new Dictionary<string, string?> { ["Knowledge:MaxChunkChars"] = "200" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return (await StartServerAsync(database, settings, services), database);
    }

    [Fact]
    public async Task Reposting_a_document_replaces_it_and_its_stale_chunks()
    {
        var (server, db) = await StartAsync("ixreplace");
        await using var hyyve = server;
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("refunds", "Refunds", LongRefunds), Doc("sso", "Single sign-on", "Enable SSO under Settings.", "text"));
        var before = await IndexedChunksAsync(db, project.ProjectId, "refunds");

        var replaced = await project.PostDocumentsAsync(Doc("refunds", "Refund policy", "Refunds now take ten days."));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.True(before >= 2, $"the long document was cut into {before} chunk(s)");
        Assert.Equal(1, await IndexedChunksAsync(db, project.ProjectId, "refunds"));
        var hit = Assert.Single((await project.SearchAsync("refunds")).EnumerateArray());
        Assert.Equal("Refund policy", hit.GetProperty("title").GetString());
        Assert.Contains("ten days", hit.GetProperty("snippet").GetString());
        Assert.Equal("sso", Assert.Single((await project.SearchAsync("SSO settings")).EnumerateArray()).GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_from_retrieval()
    {
        var (server, db) = await StartAsync("ixdelete");
        await using var hyyve = server;
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("a/b", "Parking", "Parking is free for guests."), Doc("keep", "Pets", "Pets are welcome."));

        var deleted = await project.Client.DeleteAsync($"{project.Path}/documents/a%2Fb");
        var again = await project.Client.DeleteAsync($"{project.Path}/documents/a%2Fb");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await project.SearchAsync("parking")).EnumerateArray());
        Assert.Equal(0, await IndexedChunksAsync(db, project.ProjectId, "a/b"));
        Assert.Single((await project.SearchAsync("pets")).EnumerateArray());
    }

    [Fact]
    public async Task A_question_in_project_A_never_reaches_project_B_through_search_or_ask()
    {
        var (server, _) = await StartAsync("ixisolation");
        await using var hyyve = server;
        var a = await CreateAsync(server, "a");
        var b = await CreateAsync(server, "b");
        await a.PostDocumentsAsync(Doc("a-billing", "Billing", "Invoices are emailed monthly to the account owner."));
        await b.PostDocumentsAsync(Doc("b-billing", "Billing", "Invoices are emailed monthly to the billing contact."),
            Doc("b-parking", "Parking", "Parking is free in the garage."));

        var search = await a.SearchAsync("invoices emailed monthly parking");
        var ask = await a.AskAsync("Where is parking? How are invoices emailed?");

        Assert.Equal("a-billing", Assert.Single(search.EnumerateArray()).GetProperty("externalId").GetString());
        Assert.All(ask.GetProperty("retrieved").EnumerateArray(), h => Assert.StartsWith("a-", h.GetProperty("externalId").GetString()));
        Assert.All(ask.GetProperty("citations").EnumerateArray(), c => Assert.StartsWith("a-", c.GetProperty("externalId").GetString()));
        Assert.Empty((await b.SearchAsync("owner")).EnumerateArray());
    }

    [Fact]
    public async Task A_large_batch_is_indexed_by_the_job_and_then_found()
    {
        var (server, db) = await StartAsync("ixbatch", new Dictionary<string, string?> { ["Knowledge:SynchronousBatchLimit"] = "1" });
        await using var hyyve = server;
        var project = await CreateAsync(server);

        var response = await project.PostDocumentsAsync(Doc("wifi", "Wi-Fi", "The Wi-Fi password is on the room card."),
            Doc("checkout", "Checkout", "Checkout is at eleven."), Doc("breakfast", "Breakfast", "Breakfast is served from seven."));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.TrueAsync(async () => (await project.ListAsync()).GetProperty("documents").EnumerateArray()
            .All(d => d.GetProperty("status").GetString() == "indexed"), TimeSpan.FromSeconds(30), "the job indexed the batch");
        Assert.Equal("checkout", Assert.Single((await project.SearchAsync("checkout eleven")).EnumerateArray()).GetProperty("externalId").GetString());
        Assert.Equal(1, await IndexedChunksAsync(db, project.ProjectId, "breakfast"));
    }

    [Fact]
    public async Task A_follow_up_question_is_answered_from_the_entity_named_earlier()
    {
        var (server, _) = await StartAsync("ixentity");
        await using var hyyve = server;
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(
            Doc("h1-parking", "Grand Hotel: parking", "Grand Hotel has free parking for guests in its own garage.", "text",
                null, new { entity = "Grand Hotel", category = "hotel" }),
            Doc("h2-parking", "Seaside Inn: parking", "Seaside Inn has no parking; use the public car park nearby.", "text",
                null, new { entity = "Seaside Inn", category = "hotel" }));

        var ask = await project.AskAsync("Is there parking?", ("customer", "I am staying at the Seaside Inn next week."));

        var retrieved = ask.GetProperty("retrieved").EnumerateArray().Select(h => h.GetProperty("externalId").GetString()).ToList();
        Assert.Equal("h2-parking", retrieved.FirstOrDefault());
        Assert.DoesNotContain("h1-parking", retrieved);
        Assert.Equal(JsonValueKind.String, ask.GetProperty("decision").ValueKind);
    }

    [Fact]
    public async Task With_an_embedding_model_a_question_sharing_no_word_with_the_answer_is_found_by_its_vector()
    {
        var (server, _) = await StartAsync("ixvectors", services: s =>
            s.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new EmbeddingChannelTests.ConceptEmbedder()));
        await using var hyyve = server;
        var project = await CreateAsync(server);
        (await project.PostDocumentsAsync(
            Doc("refund-policy", "Refund policy", "Yearly plans can be refunded in full within 14 days of purchase."),
            Doc("invoices", "Invoices", "Invoices are under Billing and can be downloaded as PDF files."),
            Doc("password", "Reset your password", "Choose Forgot password on the sign-in page and follow the emailed link."))).EnsureSuccessStatusCode();
        await project.WaitForEmbeddingsAsync();

        var hits = await project.SearchAsync("annual reimbursement");
        var asked = await project.AskAsync("annual reimbursement?");

        Assert.Equal("refund-policy", hits[0].GetProperty("externalId").GetString());
        Assert.Equal("refund-policy", asked.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
    }
}
