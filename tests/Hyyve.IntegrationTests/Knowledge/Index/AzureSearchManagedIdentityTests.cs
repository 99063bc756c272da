using Hyyve.Domain.Knowledge.AzureSearch;
using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Infrastructure.FakeAzureSearch;
using Microsoft.Extensions.DependencyInjection;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge.Index;

/// <summary>Without an admin key, Hyyve signs in to Azure AI Search with the host's managed identity: the unmodified
/// Azure.Identity asks the App Service / Functions identity endpoint (a fake on loopback, found through the same
/// environment variables the platform sets) for a token, and the search service accepts only that token.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AzureSearchManagedIdentityTests : IAsyncLifetime
{
    private const string IndexName = "hyyve-mi-chunks";
    private FakeAzureSearchServer _search = null!;
    private FakeManagedIdentityEndpoint _identity = null!;

    public async Task InitializeAsync()
    {
        _search = await FakeAzureSearchServer.StartAsync();
        _identity = await FakeManagedIdentityEndpoint.StartAsync(_search);
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _identity.Endpoint.ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", _identity.Header);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        await _identity.DisposeAsync();
        await _search.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_key_the_index_is_created_written_and_searched_with_a_managed_identity_token()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("ixmanagedid"), new Dictionary<string, string?>
        {
            ["Knowledge:Index"] = AzureSearchOptions.AzureSearch,
            ["Knowledge:AzureSearchEndpoint"] = _search.Endpoint.ToString(),
            ["Knowledge:AzureSearchIndexName"] = IndexName,
            ["Knowledge:AzureSearchManagedIdentityClientId"] = "5b2c6e0f-user-assigned",
        }, s => s.AddHttpClient(AzureSearchClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => _search.Trusts(certificate) },
        }));
        var project = await CreateAsync(server);

        await project.PostDocumentsAsync(Doc("lounge", "Lounge hours", "The lounge opens at noon."));
        var hits = await project.SearchAsync("lounge noon");

        Assert.NotNull(_search.IndexDefinition(IndexName));
        Assert.Single(_search.Documents(IndexName, "externalId eq 'lounge'"));
        Assert.Contains("lounge", hits.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(_search.BearerRequests >= 3, $"index create, upload and search all signed with the token; saw {_search.BearerRequests}");
        var request = Assert.Single(_identity.Requests.Distinct());
        Assert.Equal(FakeAzureSearchServer.TokenAudience, request.Resource);
        Assert.Equal("5b2c6e0f-user-assigned", request.ClientId);
    }
}

/// <summary>Tests that set process environment variables run one at a time, apart from each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
