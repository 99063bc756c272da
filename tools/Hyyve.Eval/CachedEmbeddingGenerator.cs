using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Hyyve.Domain.Knowledge.Embeddings;
using Microsoft.Extensions.AI;

namespace Hyyve.Eval;

/// <summary>
/// Keeps the local model's vectors in a file between evaluation runs (<c>HYYVE_EVAL_EMBEDDING_CACHE</c>), so re-running a
/// large set after a change to ranking or confidence asks the model only for texts it has not seen. Vectors are the model's
/// own, so results are the same as without the cache; only the ingestion rate then means nothing, and the run says so.
/// </summary>
public sealed class CachedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, string file)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = Load(file);
    private readonly object _writeLock = new();
    private readonly string? _model = inner.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var missing = texts.Where(t => !_vectors.ContainsKey(Key(t))).Distinct().ToList();
        if (missing.Count > 0)
        {
            var computed = await inner.GenerateAsync(missing, options, cancellationToken);
            var lines = new StringBuilder();
            for (var i = 0; i < missing.Count; i++)
            {
                var vector = computed[i].Vector.ToArray();
                _vectors[Key(missing[i])] = vector;
                lines.Append(Key(missing[i])).Append('\t').AppendLine(Convert.ToBase64String(MemoryMarshalBytes(vector)));
            }

            lock (_writeLock)
            {
                File.AppendAllText(file, lines.ToString());
            }
        }

        return new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(_vectors[Key(t)])));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public void Dispose() => inner.Dispose();

    /// <summary>The text's hash, with the model's name in front unless it is arctic alone (the file's first format), so
    /// one file can hold the vectors of several models.</summary>
    private string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_model == LocalEmbeddingGenerator.ArcticName ? text : $"{_model}\n{text}")));

    private static byte[] MemoryMarshalBytes(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    private static ConcurrentDictionary<string, float[]> Load(string file)
    {
        var vectors = new ConcurrentDictionary<string, float[]>();
        if (!File.Exists(file))
        {
            return vectors;
        }

        foreach (var line in File.ReadLines(file))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var bytes = Convert.FromBase64String(line[(tab + 1)..]);
            var vector = new float[bytes.Length / sizeof(float)];
            Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
            vectors[line[..tab]] = vector;
        }

        return vectors;
    }
}
