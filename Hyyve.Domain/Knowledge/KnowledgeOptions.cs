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

    /// <summary>Embedding model of an OpenAI-compatible endpoint (<c>Knowledge__EmbeddingModel</c>, e.g. text-embedding-3-small,
    /// or nomic-embed-text on Ollama). Empty (the default) means no vector channel: full-text retrieval only.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Base URL of the OpenAI-compatible API (<c>Knowledge__EmbeddingEndpoint</c>); empty means api.openai.com.
    /// Azure OpenAI's v1 endpoint (https://NAME.openai.azure.com/openai/v1/), Ollama (http://localhost:11434/v1) and vLLM work too.</summary>
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>API key of that endpoint (<c>Knowledge__EmbeddingApiKey</c>); local servers accept any value.</summary>
    public string? EmbeddingApiKey { get; set; }

    /// <summary>Chunks embedded per request to the model.</summary>
    public int EmbeddingBatchSize { get; set; } = 64;

    /// <summary>Documents each channel contributes to reciprocal-rank fusion.</summary>
    public int FusionCandidates { get; set; } = 30;

    /// <summary>The k of reciprocal-rank fusion, 1/(k + rank): larger values flatten the difference between ranks.</summary>
    public int FusionK { get; set; } = 60;
}
