using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// The optional vector channel's model: embeds chunks at ingestion and questions at search time, when an
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is registered; otherwise every call is a no-op.
/// </summary>
public sealed class ChunkEmbedder(IOptions<KnowledgeOptions> options, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
{
    public bool IsEnabled => generator is not null;

    /// <summary>The documents with an embedding per chunk (the text a chunk is found by: title, headings, body).</summary>
    public async Task<IReadOnlyList<IndexedDocument>> EmbedAsync(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            return documents;
        }

        var texts = documents.SelectMany(d => d.Chunks.Select(c => $"{d.Document.Title}\n{c.HeadingPath}\n{c.Text}")).ToList();
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(Math.Max(1, options.Value.EmbeddingBatchSize)))
        {
            var embeddings = await generator.GenerateAsync(batch, cancellationToken: cancellationToken);
            vectors.AddRange(embeddings.Select(e => e.Vector.ToArray()));
        }

        var next = 0;
        return documents.Select(d => d with { Embeddings = vectors.GetRange(Advance(ref next, d.Chunks.Count), d.Chunks.Count) }).ToList();
    }

    public async Task<float[]?> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        if (generator is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var embeddings = await generator.GenerateAsync([text], cancellationToken: cancellationToken);
        return embeddings[0].Vector.ToArray();
    }

    private static int Advance(ref int position, int count)
    {
        var start = position;
        position += count;
        return start;
    }
}
