using Hyyve.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddSingleton<DocumentValidator>();
        builder.Services.AddSingleton<TextChunker>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<IngestionBatchStore>();
        // Scoped: it submits jobs through IJobSink, which is per request in hosts that collect jobs (Hyyve.Functions).
        builder.Services.AddScoped<DocumentIngestion>();
        builder.Services.AddSingleton<KnowledgeSearch>();
        builder.Services.TryAddSingleton<IKnowledgeIndex, PostgresKnowledgeIndex>();
        builder.Services.AddJobHandler<IngestDocumentsJobHandler>();
        return builder;
    }
}
