namespace Hyyve.Domain.Answering;

/// <summary>
/// The evidence a confidence was computed from, for agents and tuning: whether the question is scoped (the
/// conversation named an entity the knowledge is about, or the knowledge has no entities to choose between), how much of the query the best source matched, and what kind of turn the question is.
/// </summary>
public sealed record AnswerSignals(
    bool EntityResolved,
    bool EntityFromHistory,
    double Coverage,
    double TopScore,
    double SentenceSupport,
    bool QuestionForm,
    bool Transactional,
    int QueryTerms);
