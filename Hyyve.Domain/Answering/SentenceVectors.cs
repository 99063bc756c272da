using System.Collections.Concurrent;
using Hyyve.Domain.Knowledge;

namespace Hyyve.Domain.Answering;

/// <summary>
/// Cosine of each answer candidate sentence to the question. Sentences are embedded on first use and kept (an article's
/// sentences are asked about again and again), up to <see cref="MaxCached"/> of them per process.
/// </summary>
public sealed class SentenceVectors(ChunkEmbedder embedder)
{
    private const int MaxCached = 50_000;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<double>?> SimilaritiesAsync(float[]? unitQuery, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        if (unitQuery is null || !embedder.IsEnabled || sentences.Count == 0)
        {
            return null;
        }

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
}
