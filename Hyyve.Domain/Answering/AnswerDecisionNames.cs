namespace Hyyve.Domain.Answering;

public static class AnswerDecisionNames
{
    /// <summary>The stored and reported name: <c>answer</c>, <c>handoff</c>, <c>smalltalk</c>.</summary>
    public static string ToWire(this AnswerDecision decision) => decision switch
    {
        AnswerDecision.Answer => "answer",
        AnswerDecision.Handoff => "handoff",
        AnswerDecision.SmallTalk => "smalltalk",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    public static AnswerDecision ParseDecision(string wire) => wire switch
    {
        "answer" => AnswerDecision.Answer,
        "smalltalk" => AnswerDecision.SmallTalk,
        _ => AnswerDecision.Handoff,
    };

    /// <summary>Whether the bot posts <see cref="AnswerResult.Text"/> to the customer (an answer or a small-talk reply).</summary>
    public static bool Replies(this AnswerDecision decision) => decision is AnswerDecision.Answer or AnswerDecision.SmallTalk;
}
