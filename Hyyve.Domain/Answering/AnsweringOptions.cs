using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Answering;

/// <summary>Answer pipeline settings. Section <c>Answering</c>. Defaults are calibrated on the dstc11 dev set (see tools/Hyyve.Eval).</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>Confidence below which the bot hands off, for projects without their own threshold.</summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.5;

    /// <summary>Documents retrieved per question (the sources an agent sees).</summary>
    [Range(1, 50)]
    public int RetrievedSources { get; set; } = 10;

    /// <summary>Most sentences in an extractive answer.</summary>
    [Range(1, 5)]
    public int MaxAnswerSentences { get; set; } = 3;

    /// <summary>Earlier turns read to resolve what a question refers to.</summary>
    [Range(0, 100)]
    public int HistoryTurns { get; set; } = 12;

    /// <summary>Weight of words from the previous customer turn when the question names nothing the knowledge knows.</summary>
    [Range(0.0, 1.0)]
    public double HistoryTermBoost { get; set; } = 0.3;

    /// <summary>Share of an entity name's weight a turn must mention to count as naming it.</summary>
    [Range(0.1, 1.0)]
    public double EntityMatchCoverage { get; set; } = 0.6;

    /// <summary>For knowledge without entities: the share of the query's weight the best source must match for the
    /// question to count as in scope (what naming a known entity does for knowledge with entities).</summary>
    [Range(0.0, 1.0)]
    public double UnscopedCoverage { get; set; } = 0.5;

    /// <summary>Below this share of the query's weight matched by the best source, nothing relevant was found.</summary>
    [Range(0.0, 1.0)]
    public double MinimumCoverage { get; set; } = 0.15;

    /// <summary>With vectors: a handoff is for missing knowledge when the best source's cosine to the question is below this
    /// (nothing close in meaning), and for low confidence otherwise (something close, but not close enough to answer).</summary>
    [Range(0.0, 1.0)]
    public double RelevantSimilarity { get; set; } = 0.55;

    /// <summary>A handoff below this confidence is for missing knowledge (nothing found answers it), above it for low confidence
    /// (an answer was found but is not sure enough); a project's threshold above it leaves the band between for low confidence.</summary>
    [Range(0.0, 1.0)]
    public double MissingKnowledgeBelow { get; set; } = 0.25;

    /// <summary>An approved curated answer is served, before retrieval, when its question is at least this similar to the new one
    /// (embedding cosine when both have vectors, otherwise the overlap of their topic words).</summary>
    [Range(0.0, 1.0)]
    public double CuratedSimilarity { get; set; } = 0.85;

    /// <summary>Knowledge-gap questions at least this similar (embedding cosine, or topic-word overlap without vectors) form one group.</summary>
    [Range(0.0, 1.0)]
    public double GapSimilarity { get; set; } = 0.8;

    /// <summary>Weights of the confidence model when vectors are on, for knowledge without entities (a help center).</summary>
    public ConfidenceWeights Confidence { get; set; } = new();

    /// <summary>Weights of the confidence model when vectors are on, for knowledge about named entities (hotels,
    /// restaurants: documents with metadata <c>entity</c>), where the conversation's entity scopes retrieval.</summary>
    public ConfidenceWeights EntityConfidence { get; set; } = ConfidenceWeights.ForEntityKnowledge();

    /// <summary>Reply to a greeting that asks nothing yet.</summary>
    public string GreetingReply { get; set; } = "Hi! How can I help you today?";

    /// <summary>Reply to thanks.</summary>
    public string ThanksReply { get; set; } = "You're welcome! Is there anything else I can help with?";

    /// <summary>Reply to a customer who goes along with what was said ("sounds good") and asks nothing.</summary>
    public string AcknowledgementReply { get; set; } = "Great! Is there anything else I can help with?";

    /// <summary>Reply to a goodbye.</summary>
    public string GoodbyeReply { get; set; } = "Glad I could help. Have a great day!";
}
