using Hyyve.Domain.Knowledge.AzureSearch;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge.Index;

/// <summary>The contract on Azure AI Search (the unmodified SDK against a fake of its REST API), and what only it must do:
/// create its index at start-up and filter every query on the project.</summary>
public sealed class AzureSearchKnowledgeIndexTests : KnowledgeIndexContract, IAsyncLifetime
{
    private const string IndexName = "hyyve-test-chunks";
    private FakeAzureSearchServer _search = null!;

    public async Task InitializeAsync() => _search = await FakeAzureSearchServer.StartAsync();

    public async Task DisposeAsync() => await _search.DisposeAsync();

    protected override Task<TestServer> StartServerAsync(string database, IDictionary<string, string?> settings,
        Action<IServiceCollection>? services = null)
    {
        settings["Knowledge:Index"] = AzureSearchOptions.AzureSearch;
        settings["Knowledge:AzureSearchEndpoint"] = _search.Endpoint.ToString();
        settings["Knowledge:AzureSearchKey"] = FakeAzureSearchServer.ApiKey;
        settings["Knowledge:AzureSearchIndexName"] = IndexName;
        return TestServer.StartAsync(database, settings, s =>
        {
            services?.Invoke(s);
            s.AddHttpClient(AzureSearchClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => _search.Trusts(certificate) },
            });
        });
    }

    protected override Task<int> IndexedChunksAsync(string database, Guid projectId, string externalId) =>
        Task.FromResult(_search.Documents(IndexName, $"projectId eq '{projectId}' and externalId eq '{externalId.Replace("'", "''")}'").Count);

    [Fact]
    public async Task The_index_is_created_at_start_up_and_every_query_filters_on_the_project()
    {
        await using var server = await StartServerAsync(TestPostgres.CreateDatabase("ixazure"), new Dictionary<string, string?>());
        var definition = _search.IndexDefinition(IndexName);
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("o'hara", "O'Hara lounge", "The lounge opens at noon.", metadata: new { entity = "O'Hara" }));

        await project.SearchAsync("lounge noon");
        await project.AskAsync("When does the lounge open?");

        Assert.NotNull(definition);
        var fields = definition["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("projectId", fields);
        Assert.DoesNotContain(AzureSearchSchema.VectorField, fields); // no embedding model configured
        Assert.NotEmpty(_search.Searches);
        Assert.All(_search.Searches, s => Assert.StartsWith($"projectId eq '{project.ProjectId}'", s.Filter));
        Assert.Single(_search.Documents(IndexName, "externalId eq 'o''hara'"));
    }

    [Fact]
    public async Task With_an_embedding_model_the_index_has_a_vector_field_and_queries_are_hybrid()
    {
        await using var server = await StartServerAsync(TestPostgres.CreateDatabase("ixhybrid"), new Dictionary<string, string?>(), s =>
            s.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new EmbeddingChannelTests.ConceptEmbedder()));
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(Doc("invoices", "Invoices", "Invoices are under Billing."));

        await project.SearchAsync("receipt");

        var vector = _search.IndexDefinition(IndexName)!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == AzureSearchSchema.VectorField);
        Assert.Equal(20, vector!["dimensions"]!.GetValue<int>()); // asked of the model at start-up
        Assert.Contains(_search.Searches, s => s.HasVector && s.Search!.StartsWith("receipt", StringComparison.Ordinal));
        Assert.NotNull(Assert.Single(_search.Documents(IndexName))["embedding"]);
    }
}
