using Hyyve.Domain.Answering;
using Hyyve.Domain.Answering.Generation;
using Microsoft.Extensions.AI;

namespace Hyyve.Domain.Tests.Answering.Generation;

public sealed class GenerationPromptTests
{
    [Fact]
    public void Only_the_most_recent_turns_are_sent_and_the_question_comes_last()
    {
        var history = Enumerable.Range(1, 10).Select(i => new ConversationTurn(i % 2 == 1 ? "customer" : "agent", $"turn {i}")).ToList();
        var request = new GenerationRequest("And for yearly plans?", history, [new GenerationSource(1, "a", "Refunds", null, " Refunds take 5 days. ")]);

        var messages = GenerationPrompt.Build(request, historyTurns: 4);

        Assert.Equal(["turn 7", "turn 8", "turn 9", "turn 10"], messages.Skip(2).Take(4).Select(m => m.Text));
        Assert.Equal([ChatRole.User, ChatRole.Assistant], messages.Skip(2).Take(2).Select(m => m.Role));
        Assert.Equal("Sources:\n\n[1] Refunds\nRefunds take 5 days.", messages[1].Text);
        Assert.Equal(ChatRole.User, messages[^1].Role);
        Assert.Equal("And for yearly plans?", messages[^1].Text);
        Assert.Equal(7, messages.Count);
    }
}
