using System.Collections.Concurrent;
using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Cosine of each answer candidate sentence to the question, as written and read under its heading, and of the section it
/// is in (the chunk's vector, already in the index's snapshot). The vectors stored
/// with a chunk at ingestion are used when they fit the chunk's sentences and the model; otherwise the sentences are
/// embedded on first use and kept (an article's sentences are asked about again and again), up to <see cref="MaxCached"/>
/// of them per process.
/// </summary>
public sealed class SentenceVectors(ChunkEmbedder embedder, VectorIndex chunkVectors)
{
    private const int MaxCached = 50_000;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    /// <summary>Per sentence of <see cref="ExtractiveAnswerer.SourceSentencesOf"/>(<paramref name="chunks"/>), in order, its
    /// cosine as written, under its heading, and its section's (its chunk's vector, 0 when it has none yet); nulls without vectors.</summary>
    public async Task<(IReadOnlyList<double>? Text, IReadOnlyList<double>? Headed, IReadOnlyList<double>? Section)> OfAsync(Guid projectId,
        float[]? unitQuery, IReadOnlyList<KnowledgeHit> chunks, CancellationToken cancellationToken)
    {
        if (unitQuery is null || !embedder.IsEnabled || chunks.Count == 0)
        {
            return (null, null, null);
        }

        var (text, headed, section) = (new List<double>(), new List<double>(), new List<double>());
        var unstored = new List<(int At, IReadOnlyList<SourceSentence> Sentences)>();
        foreach (var chunk in chunks)
        {
            var sentences = SourceSentence.Of(chunk.HeadingPath, chunk.Content);
            var (n, d) = (sentences.Count, unitQuery.Length);
            // The index's snapshot holds unit vectors, so a dot product is the cosine.
            var chunkVector = await chunkVectors.VectorOfAsync(projectId, chunk.ChunkId, cancellationToken);
            section.AddRange(Enumerable.Repeat(chunkVector is { Length: var length } && length == d ? (double)VectorIndex.Dot(unitQuery, chunkVector) : 0, n));
            if (chunk.SentenceEmbeddings is { } stored && stored.Length == 2 * n * d)
            {
                for (var i = 0; i < n; i++)
                {
                    text.Add(Cosine(unitQuery, stored.AsSpan(i * d, d)));
                    headed.Add(Cosine(unitQuery, stored.AsSpan((n + i) * d, d)));
                }

                continue;
            }

            unstored.Add((text.Count, sentences));
            text.AddRange(new double[n]);
            headed.AddRange(new double[n]);
        }

        // One call to the model for every sentence not stored, so a new article costs one batch, not one per chunk.
        var readings = unstored.SelectMany(u => SourceSentence.Readings(u.Sentences)).ToList();
        var cosines = readings.Count == 0 ? [] : await SimilaritiesAsync(unitQuery, readings, cancellationToken);
        var next = 0;
        foreach (var (at, sentences) in unstored)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                (text[at + i], headed[at + i]) = (cosines[next + i], cosines[next + sentences.Count + i]);
            }

            next += 2 * sentences.Count;
        }

        return (text, headed, section);
    }

    private async Task<IReadOnlyList<double>> SimilaritiesAsync(float[] unitQuery, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var missing = sentences.Where(s => !_cache.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = await embedder.EmbedTextsAsync(missing, cancellationToken);
            if (_cache.Count + missing.Count > MaxCached)
            {
                _cache.Clear();
            }

            for (var i = 0; i < missing.Count && i < vectors.Count; i++)
            {
                _cache[missing[i]] = VectorIndex.Normalize(vectors[i]);
            }
        }

        return sentences.Select(s => _cache.TryGetValue(s, out var v) ? (double)VectorIndex.Dot(unitQuery, v) : 0).ToList();
    }

    private static double Cosine(float[] unitQuery, ReadOnlySpan<float> vector)
    {
        var length = Math.Sqrt(VectorIndex.Dot(vector, vector));
        return length == 0 ? 0 : VectorIndex.Dot(unitQuery, vector) / length;
    }
}
