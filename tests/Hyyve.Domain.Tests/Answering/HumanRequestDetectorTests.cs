using System.Text.Json;
using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Tests.Answering;

public sealed class HumanRequestDetectorTests
{
    private readonly HumanRequestDetector _detector = new();

    [Theory]
    [InlineData("can I talkk to someone?")]
    [InlineData("how to taok to an agent")]
    [InlineData("I have got to speak with a eprson")]
    [InlineData("wanna chat with a person how do i do it")]
    [InlineData("assistance speaking with a bloody human agent")]
    [InlineData("live agent")]
    [InlineData("human please")]
    [InlineData("let me speak with your support staff")]
    [InlineData("we need a real human on this")]
    [InlineData("i would rather have a person handle it")]
    [InlineData("could somebody from sales get in touch with us")]
    [InlineData("please have support call me")]
    [InlineData("i'm done with this robot")]
    public void Explicit_requests_for_a_person_are_detected(string text) => Assert.True(_detector.IsHumanRequest(text));

    [Theory]
    [InlineData("how do i conttact customer service")]
    [InlineData("what hours can I call customer support?")]
    [InlineData("Do the staff speak Spanish?")]
    [InlineData("What's that charge on my invoice?")]
    [InlineData("I want to cancel my order")]
    [InlineData("i need to add a person to my project")]
    [InlineData("how do i chat with my team in lumora")]
    [InlineData("how do i get in touch with support")]
    [InlineData("are you a bot?")]
    public void Ordinary_questions_are_not_requests_for_a_person(string text) => Assert.False(_detector.IsHumanRequest(text));

    [EvalDataFact("bitext", "dev.jsonl")]
    public void Bitext_dev_set_meets_the_precision_and_recall_targets()
    {
        var file = EvalData.File("bitext", "dev.jsonl");
        var rows = File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (Actual: r.GetProperty("wants_human").GetBoolean(), Predicted: _detector.IsHumanRequest(r.GetProperty("text").GetString()!)))
            .ToList();
        Assert.True(rows.Count(r => r.Actual) >= 50, $"only {rows.Count(r => r.Actual)} human requests in the set");
        double tp = rows.Count(r => r.Actual && r.Predicted), fp = rows.Count(r => !r.Actual && r.Predicted), fn = rows.Count(r => r.Actual && !r.Predicted);

        Assert.True(tp / (tp + fp) >= 0.95, $"precision {tp / (tp + fp):0.000}");
        Assert.True(tp / (tp + fn) >= 0.90, $"recall {tp / (tp + fn):0.000}");
    }
}
