namespace Hyyve.Domain.Answering;

/// <summary>
/// Logistic weights of the confidence model over lexical and semantic evidence (section <c>Answering:Confidence</c>),
/// fitted by <c>Hyyve.Eval fit</c> on the dstc11 and demo help center dev sets together (each counting equally): the
/// probability that the knowledge answers the turn, so that of the turns answered at 0.7 about 7 in 10 should have been.
/// Used when the vector channel is on; without it the lexical model applies.
/// </summary>
public sealed class ConfidenceWeights
{
    public double Bias { get; set; } = -10.53;

    public double Entity { get; set; } = 4.898;

    public double Question { get; set; } = 0.508;

    public double Transactional { get; set; } = -3.934;

    public double Coverage { get; set; } = 2.491;

    public double Similarity { get; set; } = -0.794;

    public double Margin { get; set; } = 6.001;

    public double Agreement { get; set; } = 0.524;

    public double SentenceSimilarity { get; set; } = 8.085;

    public double FollowUp { get; set; } = 0.715;

    public double NovelWordSupport { get; set; } = 1.579;

    public double OtherSubject { get; set; } = -6.26;

    public double Z(AnswerSignals s) =>
        Bias + (s.EntityResolved ? Entity : 0) + (s.QuestionForm ? Question : 0) + (s.Transactional ? Transactional : 0)
        + Coverage * s.Coverage + Similarity * s.Similarity + Margin * s.Margin + (s.Agreement ? Agreement : 0)
        + SentenceSimilarity * s.SentenceSimilarity + (s.FollowUp ? FollowUp : 0) + NovelWordSupport * s.NovelWordSupport
        + (s.OtherSubject ? OtherSubject : 0);
}
