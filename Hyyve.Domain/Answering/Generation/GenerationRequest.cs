namespace Hyyve.Domain.Answering.Generation;

/// <summary>
/// What the model answers from: the customer's question, the conversation before it (oldest first, excluding the
/// question), and the retrieved sources, numbered as the answer will cite them. The model sees nothing else.
/// </summary>
public sealed record GenerationRequest(string Question, IReadOnlyList<ConversationTurn> History, IReadOnlyList<GenerationSource> Sources);
