namespace Hyyve.Domain.Answering;

/// <summary>
/// Logistic weights of the confidence model over lexical and semantic evidence: the probability that the knowledge
/// answers the turn, so that of the turns answered at 0.7 about 7 in 10 should have been. Used when the vector channel
/// is on; without it the lexical model applies. Fitted by <c>Hyyve.Eval fit</c>, in two sets, because the same evidence
/// means different things in two kinds of knowledge:
/// <list type="bullet">
/// <item>knowledge without entities, a help center (section <c>Answering:Confidence</c>, the defaults below): fitted on
/// the dstc11 and demo help center dev sets together, each counting equally;</item>
/// <item>knowledge about named entities, where the conversation's entity scopes retrieval and most turns that are not
/// knowledge questions still find a document of that entity (<c>Answering:EntityConfidence</c>,
/// <see cref="ForEntityKnowledge"/>): fitted on dstc11, the entity-scoped corpus.</item>
/// </list>
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

    /// <summary>The fitted weights for knowledge about named entities.</summary>
    public static ConfidenceWeights ForEntityKnowledge() => new()
    {
        Bias = -8.54, Entity = 4.21, Question = 3.585, Transactional = -3.596, Coverage = 2.264, Similarity = -3.275, Margin = 0.494,
        Agreement = 0.496, SentenceSimilarity = 4.267, FollowUp = 0.409, NovelWordSupport = 1.424, OtherSubject = -1.481,
    };

    public double Z(AnswerSignals s) =>
        Bias + (s.EntityResolved ? Entity : 0) + (s.QuestionForm ? Question : 0) + (s.Transactional ? Transactional : 0)
        + Coverage * s.Coverage + Similarity * s.Similarity + Margin * s.Margin + (s.Agreement ? Agreement : 0)
        + SentenceSimilarity * s.SentenceSimilarity + (s.FollowUp ? FollowUp : 0) + NovelWordSupport * s.NovelWordSupport
        + (s.OtherSubject ? OtherSubject : 0);
}
