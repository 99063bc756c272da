using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>The SDK clients, sending through the <see cref="HttpClientName"/> client of IHttpClientFactory (a host or a
/// test can configure its handler; the SDK's own retries stay on). They sign in with the admin key when one is set,
/// otherwise with the host's managed identity.</summary>
public sealed class AzureSearchClients
{
    public const string HttpClientName = "azure-search";

    public AzureSearchClients(IOptions<AzureSearchOptions> options, IHttpClientFactory http)
    {
        var o = options.Value;
        var clientOptions = new SearchClientOptions { Transport = new HttpClientTransport(http.CreateClient(HttpClientName)) };
        var endpoint = new Uri(o.AzureSearchEndpoint!);
        Indexes = o.UsesManagedIdentity
            ? new SearchIndexClient(endpoint, ManagedIdentity(o), clientOptions)
            : new SearchIndexClient(endpoint, new AzureKeyCredential(o.AzureSearchKey!), clientOptions);
        Chunks = Indexes.GetSearchClient(o.AzureSearchIndexName);
    }

    public SearchIndexClient Indexes { get; }

    public SearchClient Chunks { get; }

    // Only the managed identity, not DefaultAzureCredential: a host without one should fail naming it rather than try
    // developer sign-ins one after another.
    private static TokenCredential ManagedIdentity(AzureSearchOptions o) => new ManagedIdentityCredential(
        string.IsNullOrWhiteSpace(o.AzureSearchManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(o.AzureSearchManagedIdentityClientId));
}
