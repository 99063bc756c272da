using Hyyve.Domain.Answering.Curated;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hyyve.Domain.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>The answer pipeline (extractive by default) and the RAG metadata it records.</summary>
    public static IHostApplicationBuilder AddAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<HumanRequestDetector>();
        builder.Services.AddSingleton<RetrievalPlanner>();
        builder.Services.AddSingleton<ExtractiveAnswerer>();
        builder.Services.AddSingleton<SentenceVectors>();
        builder.Services.AddSingleton<NovelWords>();
        builder.Services.TryAddSingleton<IAnswerService, AnswerService>();
        builder.Services.AddSingleton<RagMetadataStore>();
        builder.Services.AddSingleton<Playground>();
        builder.Services.AddSingleton<CuratedAnswerStore>();
        builder.Services.AddSingleton<CuratedAnswerMatcher>();
        builder.Services.AddSingleton<AnswerFeedback>();
        builder.Services.AddSingleton<KnowledgeGaps>();
        builder.AddAnswerGeneration();
        return builder;
    }
}
