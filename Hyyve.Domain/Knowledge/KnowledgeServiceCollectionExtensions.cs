using System.ClientModel;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Knowledge.AzureSearch;
using Hyyve.Domain.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Embeddings;

namespace Hyyve.Domain.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Document ingestion (validation, chunking, batch jobs) and the PostgreSQL knowledge index.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KnowledgeChanges>();
        builder.Services.AddSingleton<TermStatistics>();
        builder.Services.AddSingleton<TypoCorrections>();
        builder.Services.AddSingleton<OwnNames>();
        builder.Services.AddSingleton<DocumentValidator>();
        builder.Services.AddSingleton<TextChunker>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentChunks>();
        builder.Services.AddSingleton<IngestionBatchStore>();
        // Scoped: it submits jobs through IJobSink, which is per request in hosts that collect jobs (Hyyve.Functions).
        builder.Services.AddScoped<DocumentIngestion>();
        builder.Services.AddSingleton<KnowledgeSearch>();
        builder.Services.AddSingleton<PostgresKnowledgeIndex>();
        builder.Services.AddSingleton<VectorIndex>();
        builder.AddEmbeddingModel();
        builder.Services.AddSingleton(sp => new ChunkEmbedder(sp.GetRequiredService<IOptions<KnowledgeOptions>>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        builder.AddKnowledgeIndexChoice();
        // Full text alone by default; fused with vectors when an embedding model is registered (by settings or by the host).
        builder.Services.TryAddSingleton<IKnowledgeIndex>(sp => sp.GetRequiredService<ChunkEmbedder>().IsEnabled
            ? ActivatorUtilities.CreateInstance<FusedKnowledgeIndex>(sp)
            : sp.GetRequiredService<PostgresKnowledgeIndex>());
        builder.Services.AddJobHandler<IngestDocumentsJobHandler>();
        builder.Services.AddSingleton<ChunkVectorWriter>();
        builder.Services.AddJobHandler<EmbedChunksJobHandler>();
        builder.Services.AddHostedService<StaleVectorSweep>();
        return builder;
    }

    /// <summary>
    /// The embedding model (unless the host registered its own): an OpenAI-compatible one when <c>Knowledge:EmbeddingModel</c>
    /// is set, none when <c>Knowledge:EmbeddingProvider</c> is <c>none</c>, and the local model otherwise.
    /// </summary>
    private static void AddEmbeddingModel(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(KnowledgeOptions.SectionName);
        var provider = section[nameof(KnowledgeOptions.EmbeddingProvider)];
        if (string.Equals(provider, "none", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(section[nameof(KnowledgeOptions.EmbeddingModel)]))
        {
            if (string.Equals(provider, "openai", StringComparison.OrdinalIgnoreCase))
            {
                throw new OptionsValidationException(KnowledgeOptions.SectionName, typeof(KnowledgeOptions),
                    ["Knowledge:EmbeddingProvider is openai, so Knowledge:EmbeddingModel must name the model (e.g. text-embedding-3-small)."]);
            }

            builder.Services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>, LocalEmbeddingGenerator>();
            return;
        }

        builder.Services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var client = new OpenAIClientOptions();
            if (!string.IsNullOrWhiteSpace(o.EmbeddingEndpoint))
            {
                client.Endpoint = new Uri(o.EmbeddingEndpoint);
            }

            return new OpenAIEmbeddingGenerator(new EmbeddingClient(o.EmbeddingModel, new ApiKeyCredential(o.EmbeddingApiKey ?? "none"), client));
        });
    }
}
