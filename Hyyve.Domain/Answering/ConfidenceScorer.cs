namespace Hyyve.Domain.Answering;

/// <summary>
/// Confidence in [0,1] as a logistic function of the evidence. The weights are a logistic regression fitted on the
/// dstc11 dev set (answerable vs not; two-fold held-out F1 0.93 at 0.5), so 0.5 is where answering and handing off
/// are equally likely to be right. Knowing what the question is about and its being asked as a question weigh most;
/// bookings and thanks weigh against; how much of the query the best source matched refines it.
/// </summary>
public static class ConfidenceScorer
{
    private const double Bias = -5.56;
    private const double CoverageWeight = 1.18;
    private const double EntityWeight = 3.8;
    private const double QuestionWeight = 3.77;
    private const double TransactionalWeight = -4.21;
    private const double SupportWeight = 0.36;

    public static double Score(AnswerSignals signals)
    {
        var z = Bias
            + CoverageWeight * signals.Coverage
            + (signals.EntityResolved ? EntityWeight : 0) // "about a known entity", or the knowledge has no entities
            + (signals.QuestionForm ? QuestionWeight : 0)
            + (signals.Transactional ? TransactionalWeight : 0)
            + SupportWeight * signals.SentenceSupport;
        return Math.Round(1 / (1 + Math.Exp(-z)), 4);
    }
}
