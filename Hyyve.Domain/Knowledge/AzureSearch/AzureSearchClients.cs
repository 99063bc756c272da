using Azure;
using Azure.Core.Pipeline;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>The SDK clients, sending through the <see cref="HttpClientName"/> client of IHttpClientFactory (a host or a
/// test can configure its handler; the SDK's own retries stay on).</summary>
public sealed class AzureSearchClients
{
    public const string HttpClientName = "azure-search";

    public AzureSearchClients(IOptions<AzureSearchOptions> options, IHttpClientFactory http)
    {
        var o = options.Value;
        var clientOptions = new SearchClientOptions { Transport = new HttpClientTransport(http.CreateClient(HttpClientName)) };
        Indexes = new SearchIndexClient(new Uri(o.AzureSearchEndpoint!), new AzureKeyCredential(o.AzureSearchKey!), clientOptions);
        Chunks = Indexes.GetSearchClient(o.AzureSearchIndexName);
    }

    public SearchIndexClient Indexes { get; }

    public SearchClient Chunks { get; }
}
