namespace Hyyve.Domain.Answering;

/// <summary>
/// The evidence a confidence was computed from, for agents and tuning. Lexical: whether the question is scoped (the
/// conversation named an entity the knowledge is about, or the knowledge has no entities to choose between), how much of
/// the query the best source matched, and what kind of turn the question is. Semantic (when vectors are on): the best
/// source's cosine to the question, its margin over the next document, whether both channels ranked it first, and the
/// cosine of the answer's best sentence; and how close in meaning the question's words the knowledge never uses are to the
/// best source, and whether that source names something else that the question does not mention (<see cref="NovelWords"/>).
/// <see cref="EntityKnowledge"/>: the project's knowledge is about named entities, so its own confidence weights applied.
/// </summary>
public sealed record AnswerSignals(
    bool EntityResolved,
    bool EntityFromHistory,
    double Coverage,
    double TopScore,
    double SentenceSupport,
    bool QuestionForm,
    bool Transactional,
    int QueryTerms,
    bool HasVectors = false,
    double Similarity = 0,
    double Margin = 0,
    bool Agreement = false,
    double SentenceSimilarity = 0,
    bool FollowUp = false,
    double NovelWordSupport = 1,
    bool OtherSubject = false,
    bool EntityKnowledge = false);
