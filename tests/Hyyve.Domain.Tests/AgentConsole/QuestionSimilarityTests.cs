using Hyyve.Domain.Answering.Curated;

namespace Hyyve.Domain.Tests.AgentConsole;

public sealed class QuestionSimilarityTests
{
    [Fact]
    public void Without_vectors_questions_with_the_same_topic_words_are_the_same_question()
    {
        Assert.Equal(1, QuestionSimilarity.Of("How do I reset my password?", null, "how can I reset my password", null));
        Assert.Equal(0, QuestionSimilarity.Of("How do I reset my password?", null, "Where are my invoices?", null));
        Assert.Equal(0.8, QuestionSimilarity.Of("Can you recommend a good pizza place in Rome?", null, "Could you recommend a pizza place in Rome", null), 6);
    }

    [Fact]
    public void With_vectors_on_both_sides_the_cosine_decides()
    {
        Assert.Equal(1, QuestionSimilarity.Of("a", [1, 0], "b", [2, 0]), 6);
        Assert.Equal(0, QuestionSimilarity.Of("same words", [1, 0], "same words", [0, 1]), 6);
        Assert.Equal(1, QuestionSimilarity.Of("same words", [1, 0], "same words", null), 6);
    }
}
