using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Answering;

/// <summary>Which confidence weights score a turn: knowledge about named entities has its own (<c>Answering:EntityConfidence</c>),
/// a help center the general ones (<c>Answering:Confidence</c>), and the answer's signals say which applied.</summary>
public sealed class ConfidenceModelTests
{
    [Fact]
    public async Task Knowledge_about_named_entities_is_scored_with_its_own_weights()
    {
        // Entity weights that never answer make the choice visible; the general weights stay as shipped.
        var settings = new Dictionary<string, string?> { ["Answering:EntityConfidence:Bias"] = "-40" };
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("confweights"), settings,
            s => s.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new EmbeddingChannelTests.ConceptEmbedder()));
        var helpCenter = await CreateAsync(server, "help center");
        var hotels = await CreateAsync(server, "hotels");
        (await helpCenter.PostDocumentsAsync(Doc("refunds", "Refund policy", "Yearly plans can be refunded in full within 14 days of purchase.")))
            .EnsureSuccessStatusCode();
        (await hotels.PostDocumentsAsync(Doc("grand-refunds", "Grand Hotel: refunds", "Grand Hotel refunds yearly passes in full within 14 days of purchase.",
            "text", null, new { entity = "Grand Hotel", category = "hotel" }))).EnsureSuccessStatusCode();
        await helpCenter.WaitForEmbeddingsAsync();
        await hotels.WaitForEmbeddingsAsync();

        var general = await helpCenter.AskAsync("can yearly plans be refunded?");
        var scoped = await hotels.AskAsync("can a yearly pass be refunded at the Grand Hotel?");

        Assert.False(general.GetProperty("signals").GetProperty("entityKnowledge").GetBoolean());
        Assert.True(general.GetProperty("confidence").GetDouble() > 0.01, general.ToString());
        Assert.True(scoped.GetProperty("signals").GetProperty("entityKnowledge").GetBoolean());
        Assert.True(scoped.GetProperty("signals").GetProperty("hasVectors").GetBoolean());
        Assert.Equal(0, scoped.GetProperty("confidence").GetDouble(), 3);
        Assert.Equal("handoff", scoped.GetProperty("decision").GetString());
    }
}
