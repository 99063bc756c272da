namespace Hyyve.Domain.Answering;

/// <summary>One earlier turn of the conversation. <see cref="Role"/> is <c>customer</c> or <c>agent</c> (a bot reply counts as agent).</summary>
public sealed record ConversationTurn(string Role, string Text);

/// <summary>Where a question came from; recorded with the answer's metadata.</summary>
public enum AnswerOrigin
{
    Chatwoot,
    Playground,
}

/// <summary>A question to answer from one project's knowledge. <see cref="History"/> is oldest first and excludes the question.
/// <see cref="UseContext"/> false answers from the question alone (the evaluation baseline).</summary>
public sealed record AnswerRequest(
    Guid ProjectId,
    string Question,
    IReadOnlyList<ConversationTurn> History,
    AnswerOrigin Origin,
    long? ChatwootConversationId = null,
    long? ChatwootMessageId = null,
    bool UseContext = true);

/// <summary>Answer from the knowledge, hand off to a human, or a short friendly reply to small talk (no knowledge, no citations).</summary>
public enum AnswerDecision
{
    Answer,
    Handoff,
    SmallTalk,
}

/// <summary>Why the bot handed a conversation to a human. Stored as snake_case (<c>low_confidence</c> …).</summary>
public enum HandoffReason
{
    CustomerRequest,
    LowConfidence,
    MissingKnowledge,
    BotFailure,
}

/// <summary>A numbered source the answer cites as [N].</summary>
public sealed record Citation(int N, string ExternalId, string Title, string? Url);

/// <summary>A retrieved source, ranked from 1, with whether the answer cites it and the evidence it was ranked by: its best chunk's
/// cosine to the question, its full-text coverage, and the rank (from 0) each channel gave it (null: not among its candidates).</summary>
public sealed record RetrievedSource(int Rank, string ExternalId, string Title, string? Url, Guid ChunkId, double Score, string Snippet, bool Cited,
    double Similarity = 0, double Coverage = 0, int? LexicalRank = null, int? SemanticRank = null);

public sealed record AnswerTimings(double RetrievalMs, double GenerationMs, double TotalMs);

public sealed record TokenUsage(int Prompt, int Completion);

/// <summary>
/// The pipeline's verdict. For <see cref="AnswerDecision.Answer"/>, <see cref="Text"/> is the reply with its [N]
/// citations and source list. For a handoff, <see cref="Reason"/> says why and <see cref="DraftAnswer"/> holds
/// what the bot would have said, for the agent's private note.
/// </summary>
public sealed record AnswerResult(
    Guid AnswerId,
    AnswerDecision Decision,
    HandoffReason? Reason,
    string? Text,
    string? DraftAnswer,
    double Confidence,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<RetrievedSource> Retrieved,
    AnswerTimings Timings,
    string Model,
    TokenUsage Tokens,
    AnswerSignals? Signals = null,
    string? Query = null);

/// <summary>Answers a question from one project's knowledge, or decides to hand off. Never reads another project's knowledge.</summary>
public interface IAnswerService
{
    Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}
