using Hyyve.Domain.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// The vector channel's model: embeds chunks in ingestion jobs and questions at search time, when an
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered (the local model by default); otherwise every call is a no-op.
/// </summary>
public sealed class ChunkEmbedder(IOptions<KnowledgeOptions> options, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
{
    public bool IsEnabled => generator is not null;

    /// <summary>How long the model's vectors are, when it says (the local model does; an OpenAI model may not).</summary>
    public int? Dimensions => generator?.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions;

    /// <summary>The text a chunk is found by: its document's title, its headings and its body.</summary>
    public static string TextOf(string title, string headingPath, string content) => $"{title}\n{headingPath}\n{content}";

    /// <summary>The documents with an embedding per chunk.</summary>
    public async Task<IReadOnlyList<IndexedDocument>> EmbedAsync(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            return documents;
        }

        var vectors = await EmbedTextsAsync(
            documents.SelectMany(d => d.Chunks.Select(c => TextOf(d.Document.Title, c.HeadingPath, c.Text))).ToList(), cancellationToken);
        var next = 0;
        return documents.Select(d => d with { Embeddings = vectors.GetRange(Advance(ref next, d.Chunks.Count), d.Chunks.Count) }).ToList();
    }

    /// <summary>Passages (no query prefix), in batches of <see cref="KnowledgeOptions.EmbeddingBatchSize"/> texts of similar length:
    /// a batch is padded to its longest text, so sorting by length first saves most of the model's work on mixed input.</summary>
    public async Task<List<float[]>> EmbedTextsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Count][];
        if (generator is null)
        {
            return [];
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in order.Chunk(Math.Max(1, options.Value.EmbeddingBatchSize)))
        {
            var embeddings = await generator.GenerateAsync(batch.Select(i => texts[i]), cancellationToken: cancellationToken);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embeddings[j].Vector.ToArray();
            }
        }

        return [.. vectors];
    }

    /// <summary>A search query, with the prefix the model expects in front of queries.</summary>
    public async Task<float[]?> EmbedQueryAsync(string text, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text) ? null : (await EmbedQueriesAsync([text], cancellationToken))?[0];

    /// <summary>Several search queries in one call to the model; null without a model.</summary>
    public async Task<IReadOnlyList<float[]>?> EmbedQueriesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (generator is null || texts.Count == 0)
        {
            return null;
        }

        var embeddings = await generator.GenerateAsync(texts.Select(t => QueryPrefix + t), cancellationToken: cancellationToken);
        return embeddings.Select(e => e.Vector.ToArray()).ToList();
    }

    private string QueryPrefix => options.Value.EmbeddingQueryPrefix is { Length: > 0 } configured ? configured
        : (generator?.GetService(typeof(LocalEmbeddingGenerator)) is not null ? LocalEmbeddingGenerator.QueryPrefix : "");

    private static int Advance(ref int position, int count)
    {
        var start = position;
        position += count;
        return start;
    }
}
