using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Knowledge;

/// <summary>Limits and tuning of ingestion and retrieval. Section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Largest accepted document content, in characters (a long help-center article is ~50,000).</summary>
    [Range(1_000, 10_000_000)]
    public int MaxDocumentChars { get; set; } = 500_000;

    /// <summary>Most documents accepted in one POST.</summary>
    [Range(1, 100_000)]
    public int MaxBatchDocuments { get; set; } = 10_000;

    /// <summary>Batches up to this size are indexed inside the request; larger ones run as a job (202).</summary>
    [Range(0, 100_000)]
    public int SynchronousBatchLimit { get; set; } = 200;

    /// <summary>Upper bound of a chunk's text, in characters; chunks break at sentence ends below it.</summary>
    [Range(200, 20_000)]
    public int MaxChunkChars { get; set; } = 1_000;

    /// <summary>Chunks fetched from the full-text index before they are folded into documents.</summary>
    [Range(1, 1_000)]
    public int CandidateChunks { get; set; } = 60;

    /// <summary>ts_rank weight of a match in the document title (A). Titles count a little more than body text; a
    /// larger gap (1.0 vs 0.4) let titles sharing one common word outrank the passage that answers (dstc11 MRR 0.60 vs 0.77).</summary>
    [Range(0.0, 1.0)]
    public float TitleWeight { get; set; } = 0.6f;

    /// <summary>ts_rank weight of a match in the chunk's heading path (B).</summary>
    [Range(0.0, 1.0)]
    public float HeadingWeight { get; set; } = 0.5f;

    /// <summary>ts_rank weight of a match in the body (C).</summary>
    [Range(0.0, 1.0)]
    public float BodyWeight { get; set; } = 0.5f;

    /// <summary>ts_rank normalization flags. 0 (none) measured best on dstc11: dividing by length buried long reviews
    /// that answer a question under short FAQ entries that merely share a word with it.</summary>
    [Range(0, 63)]
    public int RankNormalization { get; set; } = 0;

    /// <summary>Which embedding model feeds the vector channel (<c>Knowledge__EmbeddingProvider</c>): <c>local</c> (the default:
    /// snowflake-arctic-embed-xs with MiniLM in process, offline, see <see cref="LocalModel"/>), <c>openai</c> (an OpenAI-compatible endpoint, see <see cref="EmbeddingModel"/>;
    /// chosen by setting the model too), or <c>none</c> (full-text retrieval only).</summary>
    [RegularExpression("^(local|openai|none)$", ErrorMessage = "Knowledge:EmbeddingProvider must be local, openai or none.")]
    public string EmbeddingProvider { get; set; } = "local";

    /// <summary>Which local model (<c>Knowledge__LocalModel</c>): <c>pair</c> (the default: snowflake-arctic-embed-xs and MiniLM,
    /// their cosines averaged; 768 dimensions) or <c>arctic</c> (arctic alone, 384 dimensions, about twice as fast to ingest).
    /// Switching re-embeds every chunk at the next start.</summary>
    [RegularExpression("^(pair|arctic)$", ErrorMessage = "Knowledge:LocalModel must be pair or arctic.")]
    public string LocalModel { get; set; } = "pair";

    /// <summary>Text put in front of every search query before it is embedded (<c>Knowledge__EmbeddingQueryPrefix</c>); empty means
    /// the model's own (the local model's "Represent this sentence for searching relevant passages: ", none for OpenAI).</summary>
    public string? EmbeddingQueryPrefix { get; set; }

    /// <summary>Embedding model of an OpenAI-compatible endpoint (<c>Knowledge__EmbeddingModel</c>, e.g. text-embedding-3-small,
    /// or nomic-embed-text on Ollama). Empty (the default) means no vector channel: full-text retrieval only.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Base URL of the OpenAI-compatible API (<c>Knowledge__EmbeddingEndpoint</c>); empty means api.openai.com.
    /// Azure OpenAI's v1 endpoint (https://NAME.openai.azure.com/openai/v1/), Ollama (http://localhost:11434/v1) and vLLM work too.</summary>
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>API key of that endpoint (<c>Knowledge__EmbeddingApiKey</c>); local servers accept any value.</summary>
    public string? EmbeddingApiKey { get; set; }

    /// <summary>Chunks embedded per call to the model (texts of similar length go together).</summary>
    [Range(1, 2_048)]
    public int EmbeddingBatchSize { get; set; } = 32;

    /// <summary>Documents each channel contributes to the fusion.</summary>
    [Range(1, 1_000)]
    public int FusionCandidates { get; set; } = 30;

    /// <summary>Fusion weights: a document's fused score is a linear function of its best chunk's cosine similarity, its full-text
    /// coverage and the reciprocal ranks 1/(1 + rank) each channel gave it. The defaults are a logistic regression of "is a gold
    /// source" on those features, fitted on the dstc11 and demo help center dev sets (<c>Hyyve.Eval fit</c>).</summary>
    public FusionWeights Fusion { get; set; } = new();
}
