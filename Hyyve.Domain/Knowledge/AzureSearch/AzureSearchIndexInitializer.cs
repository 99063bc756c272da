using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>Creates the index, or updates it to the current schema, when the host starts (before any request is served).</summary>
internal sealed class AzureSearchIndexInitializer(
    AzureSearchClients clients, ChunkEmbedder embedder, IOptions<AzureSearchOptions> options, ILogger<AzureSearchIndexInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        int? dimensions = null;
        if (embedder.IsEnabled)
        {
            dimensions = o.AzureSearchVectorDimensions > 0
                ? o.AzureSearchVectorDimensions
                : (await embedder.EmbedQueryAsync("dimensions of the embedding model", cancellationToken))?.Length;
        }

        var index = await clients.Indexes.CreateOrUpdateIndexAsync(AzureSearchSchema.Build(o, dimensions), cancellationToken: cancellationToken);
        logger.LogInformation("Azure AI Search index {IndexName} is ready ({FieldCount} fields, vectors: {Dimensions})",
            index.Value.Name, index.Value.Fields.Count, dimensions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
