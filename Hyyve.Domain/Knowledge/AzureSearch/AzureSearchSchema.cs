using Azure.Search.Documents.Indexes.Models;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>The index definition: one index for all projects, <c>projectId</c> filterable on every chunk.</summary>
public static class AzureSearchSchema
{
    public const string VectorField = "embedding";
    public const string VectorProfile = "hyyve-vector";
    public const string VectorAlgorithm = "hyyve-hnsw";

    public static SearchIndex Build(AzureSearchOptions options, int? vectorDimensions)
    {
        var index = new SearchIndex(options.AzureSearchIndexName)
        {
            Fields =
            {
                new SimpleField("id", SearchFieldDataType.String) { IsKey = true },
                new SimpleField("projectId", SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField("externalId", SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField("position", SearchFieldDataType.Int32),
                new SearchableField("title") { AnalyzerName = LexicalAnalyzerName.EnMicrosoft },
                new SearchableField("headingPath") { AnalyzerName = LexicalAnalyzerName.EnMicrosoft },
                new SearchableField("content") { AnalyzerName = LexicalAnalyzerName.EnMicrosoft },
                new SimpleField("url", SearchFieldDataType.String),
                new SimpleField("entity", SearchFieldDataType.String) { IsFilterable = true },
            },
        };
        if (vectorDimensions is int dimensions)
        {
            index.Fields.Add(new VectorSearchField(VectorField, dimensions, VectorProfile));
            index.VectorSearch = new VectorSearch
            {
                Profiles = { new VectorSearchProfile(VectorProfile, VectorAlgorithm) },
                Algorithms = { new HnswAlgorithmConfiguration(VectorAlgorithm) },
            };
        }

        if (!string.IsNullOrWhiteSpace(options.AzureSearchSemanticConfiguration))
        {
            index.SemanticSearch = new SemanticSearch
            {
                Configurations =
                {
                    new SemanticConfiguration(options.AzureSearchSemanticConfiguration, new SemanticPrioritizedFields
                    {
                        TitleField = new SemanticField("title"),
                        ContentFields = { new SemanticField("content") },
                        KeywordsFields = { new SemanticField("headingPath") },
                    }),
                },
            };
        }

        return index;
    }
}
