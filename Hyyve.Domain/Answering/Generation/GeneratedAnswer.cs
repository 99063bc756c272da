namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// A model's answer after its citations were checked. <see cref="Text"/> contains only [N] markers of given sources and
/// <see cref="CitedNumbers"/> lists them ascending. For <see cref="GenerationOutcome.NotAnswerable"/>, <see cref="Text"/>
/// is what the model said (a draft for the agent's note at most, never a reply). For <see cref="GenerationOutcome.Failed"/>,
/// <see cref="Error"/> says why. Tokens come from the response's usage (0 when unknown) and go to <c>chat_rag_metadata</c>
/// with <see cref="LatencyMs"/>.
/// </summary>
public sealed record GeneratedAnswer(
    GenerationOutcome Outcome,
    string? Text,
    IReadOnlyList<int> CitedNumbers,
    string Model,
    int PromptTokens,
    int CompletionTokens,
    double LatencyMs,
    string? Error);
