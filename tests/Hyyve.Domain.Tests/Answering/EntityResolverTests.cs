using Hyyve.Domain.Answering;
using Hyyve.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace Hyyve.Domain.Tests.Answering;

public sealed class EntityResolverTests
{
    private static readonly KnowledgeEntity[] Entities =
    [
        new("Acorn Guest House", "hotel", 10), new("Arbury Lodge Guesthouse", "hotel", 10), new("Aylesbray Lodge Guest House", "hotel", 10),
        new("J Restaurant", "restaurant", 10), new("Meghna", "restaurant", 10), new("Pizza Express", "restaurant", 10),
        new("Pizza Express Fen Ditton", "restaurant", 10), new("Bridge Guest House", "hotel", 10),
    ];

    private static readonly RetrievalPlanner Planner = new(Options.Create(new AnsweringOptions()));

    private static string? EntityOf(string question, params string[] history) =>
        Planner.Plan(question, history.Select((t, i) => new ConversationTurn(i % 2 == 0 ? "customer" : "agent", t)).ToList(), Entities, true)
            .Entity?.Name;

    [Theory]
    [InlineData("Does it have parking?", "I'd like the acorn guesthouse please.", "Acorn Guest House")]
    [InlineData("Is it quiet?", "I recommend the ayelsbray lodge guest house.", "Aylesbray Lodge Guest House")]
    [InlineData("Do they have outdoor seating?", "the meghna is on the west side.", "Meghna")]
    [InlineData("Is it busy at night?", "The name is pizza express Fen Ditton.", "Pizza Express Fen Ditton")]
    public void The_entity_named_earlier_scopes_the_question(string question, string history, string expected) =>
        Assert.Equal(expected, EntityOf(question, history));

    [Fact]
    public void A_generic_word_alone_names_no_entity() =>
        Assert.Null(EntityOf("Does the restaurant have a outdoor seating option?", "I want a guest house in the north."));

    [Fact]
    public void The_category_in_the_question_looks_past_a_more_recent_entity_of_another_kind() =>
        Assert.Equal("Meghna", EntityOf("Does the restaurant serve alcohol?", "Book a table at Meghna.", "Done.", "Also a room at Bridge Guest House.", "Booked."));

    [Fact]
    public void The_entity_name_leaves_the_search_terms()
    {
        var plan = Planner.Plan("Does Meghna have vegan dishes?", [], Entities, true);

        Assert.Equal("Meghna", plan.Entity!.Name);
        Assert.Equal(["vegan", "dishes"], plan.Terms.Select(t => t.Word));
    }
}
