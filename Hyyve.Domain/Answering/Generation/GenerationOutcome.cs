namespace Hyyve.Domain.Answering.Generation;

/// <summary>How a generation ended.</summary>
public enum GenerationOutcome
{
    /// <summary>The model answered from the sources and cites at least one of them.</summary>
    Answered,

    /// <summary>The model said the sources do not answer the question, or its answer cites none of the given sources: hand off.</summary>
    NotAnswerable,

    /// <summary>The model could not be used (timeout, HTTP error, malformed output): fall back to the extractive answer.</summary>
    Failed,
}
