using Hyyve.IntegrationTests.Infrastructure;
using Hyyve.IntegrationTests.Knowledge;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>
/// The answer pipeline with a chat model configured, through <c>POST /ask</c> against the fake chat-completions server: the
/// model writes the answer from the retrieved sources, its usage is recorded, "not answerable" hands off, and a model that
/// fails leaves the extractive answer standing.
/// </summary>
public sealed class AskWithModelTests
{
    private static readonly object[] Documents =
    [
        KnowledgeProject.Doc("refund-policy", "Refund policy",
            "Yearly plans can be refunded in full within 14 days of purchase. Refunds usually arrive within 5 to 10 business days.",
            url: "https://help.example/refund-policy"),
        KnowledgeProject.Doc("invoices", "Invoices", "Invoices are under Billing and can be downloaded as PDF files."),
    ];

    [Fact]
    public async Task The_model_writes_the_answer_and_its_tokens_are_recorded()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            ScriptedReply.Answer("Refunds arrive within 5 to 10 business days [1].", [1], answerable: true, 210, 17));
        var (server, project) = await StartAsync(fake);
        await using var _ = server;

        var body = await project.AskAsync("How long do refunds take?");

        Assert.Equal("answer", body.GetProperty("decision").GetString());
        Assert.StartsWith("Refunds arrive within 5 to 10 business days [1].", body.GetProperty("answer").GetString());
        Assert.Contains("[1] Refund policy — https://help.example/refund-policy", body.GetProperty("answer").GetString());
        Assert.Equal("refund-policy", Assert.Single(body.GetProperty("citations").EnumerateArray()).GetProperty("externalId").GetString());
        Assert.Equal(GenerationHost.Model, body.GetProperty("model").GetString());
        var sent = Assert.Single(fake.Received);
        Assert.Contains("[1] Refund policy", sent.Body.ToJsonString());
        Assert.Equal((GenerationHost.Model, 210, 17), await RecordedUsageAsync(server, body.GetProperty("answerId").GetGuid()));
    }

    [Fact]
    public async Task Sources_that_do_not_answer_by_the_model_hand_off_with_the_extractive_draft()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("", [], answerable: false));
        var (server, project) = await StartAsync(fake);
        await using var _ = server;

        var body = await project.AskAsync("How long do refunds take?");

        Assert.Equal("handoff", body.GetProperty("decision").GetString());
        Assert.Equal("missing_knowledge", body.GetProperty("reason").GetString());
        Assert.Contains("5 to 10 business days", body.GetProperty("draftAnswer").GetString());
    }

    [Fact]
    public async Task A_model_citing_only_a_source_it_was_not_given_does_not_answer()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("Refunds take a month [7].", [7], answerable: true));
        var (server, project) = await StartAsync(fake);
        await using var _ = server;

        var body = await project.AskAsync("How long do refunds take?");

        Assert.Equal("handoff", body.GetProperty("decision").GetString());
        Assert.DoesNotContain("a month", body.GetProperty("draftAnswer").GetString());
    }

    [Theory]
    [InlineData("{\"answer\": \"Refunds take")]
    [InlineData("500")]
    public async Task A_failing_model_leaves_the_extractive_answer(string failure)
    {
        await using var fake = await FakeChatCompletions.StartAsync(failure == "500"
            ? new ScriptedReply.Status(500, "overloaded")
            : new ScriptedReply.Completion(failure, 10, 2));
        var (server, project) = await StartAsync(fake);
        await using var _ = server;

        var body = await project.AskAsync("How long do refunds take?");

        Assert.Equal("answer", body.GetProperty("decision").GetString());
        Assert.Equal("extractive", body.GetProperty("model").GetString());
        Assert.Contains("5 to 10 business days", body.GetProperty("answer").GetString());
        Assert.Single(fake.Received);
    }

    private static async Task<(TestServer, KnowledgeProject)> StartAsync(FakeChatCompletions fake)
    {
        var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("askmodel"), new Dictionary<string, string?>
        {
            ["Answering:Generation:Model"] = GenerationHost.Model,
            ["Answering:Generation:Endpoint"] = fake.BaseUrl.ToString(),
            ["Answering:Generation:ApiKey"] = GenerationHost.ApiKey,
            ["Answering:Generation:Timeout"] = "00:00:05",
        });
        var project = await KnowledgeProject.CreateAsync(server);
        (await project.PostDocumentsAsync(Documents)).EnsureSuccessStatusCode();
        return (server, project);
    }

    private static async Task<(string, int, int)> RecordedUsageAsync(TestServer server, Guid answerId)
    {
        await using var command = server.Get<Npgsql.NpgsqlDataSource>().CreateCommand(
            "SELECT model, prompt_tokens, completion_tokens FROM hyyve.chat_rag_metadata WHERE answer_id = @id");
        command.Parameters.AddWithValue("id", answerId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2));
    }
}
