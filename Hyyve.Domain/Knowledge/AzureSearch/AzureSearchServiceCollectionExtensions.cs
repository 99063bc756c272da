using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

public static class AzureSearchServiceCollectionExtensions
{
    /// <summary>With <c>Knowledge:Index=azure-search</c>, Azure AI Search serves retrieval and receives every chunk; otherwise
    /// PostgreSQL does both and the index writer does nothing. Call before the default <see cref="IKnowledgeIndex"/> is added.</summary>
    public static IHostApplicationBuilder AddKnowledgeIndexChoice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AzureSearchOptions>().BindConfiguration(AzureSearchOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureSearchOptions>, AzureSearchOptionsValidator>());
        var index = builder.Configuration.GetSection(AzureSearchOptions.SectionName)[nameof(AzureSearchOptions.Index)];
        if (string.Equals(index, AzureSearchOptions.AzureSearch, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHttpClient(AzureSearchClients.HttpClientName);
            builder.Services.AddSingleton<AzureSearchClients>();
            builder.Services.AddSingleton<IKnowledgeIndex, AzureSearchKnowledgeIndex>();
            builder.Services.AddSingleton<IKnowledgeIndexWriter, AzureSearchIndexWriter>();
            builder.Services.AddHostedService<AzureSearchIndexInitializer>();
        }

        builder.Services.TryAddSingleton<IKnowledgeIndexWriter, NoKnowledgeIndexWriter>();
        return builder;
    }
}
