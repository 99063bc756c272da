namespace Hyyve.Domain.Answering;

/// <summary>An extractive answer: the reply text (sentences with [N] markers and a source list), what it cites, and how well its best
/// sentence matches the question: the share of question words it has, and its cosine to the question (0 without vectors).</summary>
public sealed record ExtractiveAnswer(string Text, IReadOnlyList<Citation> Citations, double SentenceSupport, double SentenceSimilarity = 0);
