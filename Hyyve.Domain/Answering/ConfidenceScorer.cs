namespace Hyyve.Domain.Answering;

/// <summary>
/// Confidence in [0,1] as a logistic function of the evidence. With vectors, <see cref="ConfidenceWeights"/> (fitted on two
/// corpora). Without them, the lexical model: a logistic regression fitted on the dstc11 dev set (answerable vs not;
/// two-fold held-out F1 0.93 at 0.5), where knowing what the question is about and its being asked as a question weigh
/// most, bookings and thanks weigh against, and how much of the query the best source matched refines it.
/// </summary>
public static class ConfidenceScorer
{
    public static double Score(AnswerSignals signals, ConfidenceWeights weights) =>
        Logistic(signals.HasVectors ? weights.Z(signals) : LexicalZ(signals));

    private static double LexicalZ(AnswerSignals signals) =>
        -5.56
        + 1.18 * signals.Coverage
        + (signals.EntityResolved ? 3.8 : 0)
        + (signals.QuestionForm ? 3.77 : 0)
        + (signals.Transactional ? -4.21 : 0)
        + 0.36 * signals.SentenceSupport;

    private static double Logistic(double z) => Math.Round(1 / (1 + Math.Exp(-z)), 4);
}
