namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// Writes an answer from numbered retrieved sources with a language model. Optional: registered only when a model is
/// configured (<c>Answering:Generation:Model</c>); without it the extractive answerer is the answer.
/// Never throws for a model failure (timeout, HTTP error, malformed output): that is <see cref="GenerationOutcome.Failed"/>.
/// Throws <see cref="OperationCanceledException"/> only when the caller's token is cancelled.
/// </summary>
public interface IAnswerGenerator
{
    Task<GeneratedAnswer> GenerateAsync(GenerationRequest request, CancellationToken ct);
}
