namespace Hyyve.Domain.Answering;

/// <summary>
/// Logistic weights of the confidence model over lexical and semantic evidence (section <c>Answering:Confidence</c>),
/// fitted by <c>Hyyve.Eval fit</c> on the dstc11 and demo help center dev sets together, so that a confidence of 0.7 means
/// about 7 in 10 such answers are right. Used when the vector channel is on; without it the lexical model applies.
/// </summary>
public sealed class ConfidenceWeights
{
    public double Bias { get; set; } = -8.463;

    public double Entity { get; set; } = 5.03;

    public double Question { get; set; } = -0.264;

    public double Transactional { get; set; } = -3.378;

    public double Coverage { get; set; } = 2.902;

    public double Similarity { get; set; } = -5.551;

    public double Margin { get; set; } = 18.114;

    public double Agreement { get; set; } = 0.192;

    public double SentenceSimilarity { get; set; } = 9.341;

    public double FollowUp { get; set; } = 0.357;

    public double Z(AnswerSignals s) =>
        Bias + (s.EntityResolved ? Entity : 0) + (s.QuestionForm ? Question : 0) + (s.Transactional ? Transactional : 0)
        + Coverage * s.Coverage + Similarity * s.Similarity + Margin * s.Margin + (s.Agreement ? Agreement : 0)
        + SentenceSimilarity * s.SentenceSimilarity + (s.FollowUp ? FollowUp : 0);
}
