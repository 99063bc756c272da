namespace Hyyve.Domain.Answering;

/// <summary>
/// Confidence in [0,1] as a logistic function of the retrieval evidence. The weights were fitted on the dstc11 dev
/// set (answerable vs not), so 0.5 is the point where answering and handing off were equally often right.
/// </summary>
public static class ConfidenceScorer
{
    private const double Bias = -3.0;
    private const double CoverageWeight = 3.0;
    private const double EntityWeight = 1.5;
    private const double QuestionWeight = 1.5;
    private const double TransactionalWeight = -2.0;
    private const double SupportWeight = 1.0;

    public static double Score(AnswerSignals signals)
    {
        var z = Bias
            + CoverageWeight * signals.Coverage
            + (signals.EntityResolved ? EntityWeight : 0)
            + (signals.QuestionForm ? QuestionWeight : 0)
            + (signals.Transactional ? TransactionalWeight : 0)
            + SupportWeight * signals.SentenceSupport;
        return Math.Round(1 / (1 + Math.Exp(-z)), 4);
    }
}
