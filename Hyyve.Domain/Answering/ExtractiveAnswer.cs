namespace Hyyve.Domain.Answering;

/// <summary>An extractive answer: the reply text (sentences with [N] markers and a source list) and what it cites.</summary>
public sealed record ExtractiveAnswer(string Text, IReadOnlyList<Citation> Citations, double SentenceSupport);
