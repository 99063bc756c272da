using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>
/// Retrieval from Azure AI Search: one index for all projects and a <c>projectId</c> filter on every query, built by
/// <see cref="SearchFilter"/> (never optional, never interpolated by hand). A hybrid query (text, plus the question's
/// vector from the same embedding model when one is configured) is fused by the service's reciprocal rank fusion.
/// Hits are folded to the best chunk per document. <see cref="KnowledgeHit.Coverage"/> is the share of the query's
/// weight the chunk contains, as the PostgreSQL index reports it; a chunk found by its vector alone has none, so it can
/// be cited but cannot by itself make the bot confident. Entities come from PostgreSQL, which keeps the documents.
/// </summary>
public sealed class AzureSearchKnowledgeIndex(
    AzureSearchClients clients, PostgresKnowledgeIndex documents, ChunkEmbedder embedder, IOptions<AzureSearchOptions> options,
    IOptions<KnowledgeOptions> knowledge) : IKnowledgeIndex
{
    private static readonly string[] Fields = ["id", "externalId", "title", "headingPath", "content", "url", "entity"];

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid projectId, KnowledgeQuery query, CancellationToken cancellationToken)
    {
        var terms = query.Terms.Where(t => t.Word.Length > 0 && t.Word.All(char.IsLetterOrDigit))
            .GroupBy(t => t.Word, StringComparer.OrdinalIgnoreCase).Select(g => g.MaxBy(t => t.Boost)!).ToList();
        if (terms.Count == 0 || query.Limit <= 0)
        {
            return [];
        }

        var candidates = Math.Max(knowledge.Value.CandidateChunks, query.Limit);
        var search = new SearchOptions { Filter = Filter(projectId, query.Entity), Size = candidates, SearchMode = SearchMode.Any };
        foreach (var field in Fields)
        {
            search.Select.Add(field);
        }

        if (await embedder.EmbedQueryAsync(query.Text ?? string.Join(' ', terms.Select(t => t.Word)), cancellationToken) is { } vector)
        {
            search.VectorSearch = new VectorSearchOptions
            {
                Queries = { new VectorizedQuery(vector) { KNearestNeighborsCount = candidates, Fields = { AzureSearchSchema.VectorField } } },
            };
        }

        if (options.Value.AzureSearchSemanticConfiguration is { Length: > 0 } semantic)
        {
            search.QueryType = SearchQueryType.Semantic;
            search.SemanticSearch = new SemanticSearchOptions { SemanticConfigurationName = semantic };
        }

        var text = string.Join(' ', terms.Select(t => t.Prefix ? t.Word + "*" : t.Word));
        var response = await clients.Chunks.SearchAsync<AzureSearchChunk>(text, search, cancellationToken);
        var hits = new List<KnowledgeHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var result in response.Value.GetResultsAsync().WithCancellation(cancellationToken))
        {
            var chunk = result.Document;
            if (hits.Count < query.Limit && seen.Add(chunk.ExternalId))
            {
                var coverage = QueryCoverage.Of(terms, chunk.Title, chunk.HeadingPath, chunk.Content);
                hits.Add(new KnowledgeHit(Guid.Parse(chunk.Id), chunk.ExternalId, chunk.Title, chunk.Url, chunk.HeadingPath, chunk.Content,
                    chunk.Entity, coverage > 0 ? result.Score ?? 0 : 0, coverage));
            }
        }

        return hits;
    }

    public Task<IReadOnlyList<KnowledgeEntity>> ListEntitiesAsync(Guid projectId, CancellationToken cancellationToken) =>
        documents.ListEntitiesAsync(projectId, cancellationToken);

    /// <summary>The project filter every query carries, and the entity's when the question is about one.</summary>
    internal static string Filter(Guid projectId, string? entity, string? externalId = null)
    {
        var filter = SearchFilter.Create($"projectId eq {projectId.ToString()}");
        if (entity is not null)
        {
            filter += " and " + SearchFilter.Create($"entity eq {entity}");
        }

        if (externalId is not null)
        {
            filter += " and " + SearchFilter.Create($"externalId eq {externalId}");
        }

        return filter;
    }
}
