using System.Net;
using System.Text.Json;
using Hyyve.Domain.Answering;
using Hyyve.IntegrationTests.Infrastructure;
using static Hyyve.IntegrationTests.Knowledge.KnowledgeProject;

namespace Hyyve.IntegrationTests.Knowledge;

public sealed class AskApiTests
{
    private static readonly object[] HotelDocs =
    [
        Doc("h1-parking", "Grand Hotel: parking", "Grand Hotel has free parking for guests in its own garage.", "text",
            "https://help.example.com/grand/parking", new { entity = "Grand Hotel", category = "hotel" }),
        Doc("h2-parking", "Seaside Inn: parking", "Seaside Inn has no parking; use the public car park nearby.", "text",
            null, new { entity = "Seaside Inn", category = "hotel" }),
        Doc("h2-pets", "Seaside Inn: pets", "Dogs are welcome at Seaside Inn for a small fee.", "text",
            null, new { entity = "Seaside Inn", category = "hotel" }),
    ];

    [Fact]
    public async Task A_question_in_project_A_never_reaches_project_B_through_search_or_ask()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kisolation"));
        var a = await CreateAsync(server, "a");
        var b = await CreateAsync(server, "b");
        await a.PostDocumentsAsync(Doc("a-billing", "Billing", "Invoices are emailed monthly to the account owner."));
        await b.PostDocumentsAsync(Doc("b-billing", "Billing", "Invoices are emailed monthly to the billing contact."),
            Doc("b-parking", "Parking", "Parking is free in the garage."));

        var search = await a.SearchAsync("invoices emailed monthly parking");
        var ask = await a.AskAsync("Where is parking? How are invoices emailed?");
        var foreign = await a.Client.GetAsync($"{b.Path}/search?q=parking");

        // B's documents match these words better than A's; the lists must still hold A's document and nothing of B's.
        Assert.Equal(["a-billing"], search.EnumerateArray().Select(h => h.GetProperty("externalId").GetString()).Distinct());
        Assert.Equal(["a-billing"], ask.GetProperty("retrieved").EnumerateArray().Select(h => h.GetProperty("externalId").GetString()).Distinct());
        Assert.All(ask.GetProperty("citations").EnumerateArray(), c => Assert.Equal("a-billing", c.GetProperty("externalId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_follow_up_question_is_answered_about_the_entity_named_earlier_citing_only_retrieved_sources()
    {
        var db = TestPostgres.CreateDatabase("kcontext");
        await using var server = await TestServer.StartAsync(db);
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(HotelDocs);

        var body = await project.AskAsync("Does it have parking?",
            ("customer", "I'm staying at the Grand Hotel next week."), ("agent", "Lovely, how can I help?"));

        Assert.Equal("answer", body.GetProperty("decision").GetString());
        Assert.Equal("h1-parking", body.GetProperty("retrieved")[0].GetProperty("externalId").GetString());
        var retrieved = body.GetProperty("retrieved").EnumerateArray().Select(r => r.GetProperty("externalId").GetString()).ToHashSet();
        var citations = body.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Contains(c.GetProperty("externalId").GetString(), retrieved));
        var answer = body.GetProperty("answer").GetString()!;
        Assert.Contains("free parking", answer);
        Assert.Contains("[1]", answer);
        Assert.Contains("https://help.example.com/grand/parking", answer);
        Assert.Equal(1L, await DocumentsApiTests.CountAsync(db,
            $"SELECT count(*) FROM hyyve.chat_rag_metadata WHERE answer_id = '{body.GetProperty("answerId").GetGuid()}' AND decision = 'answer' AND origin = 'playground'"));
        Assert.Equal((long)retrieved.Count, await DocumentsApiTests.CountAsync(db,
            $"SELECT count(*) FROM hyyve.chat_rag_sources WHERE answer_id = '{body.GetProperty("answerId").GetGuid()}'"));
        Assert.Equal(1L, await DocumentsApiTests.CountAsync(db, "SELECT count(*) FROM hyyve.chat_rag_sources WHERE cited AND external_id = 'h1-parking'"));
    }

    [Fact]
    public async Task Asking_for_a_person_or_about_something_unknown_hands_off_and_is_recorded()
    {
        var db = TestPostgres.CreateDatabase("khandoff");
        await using var server = await TestServer.StartAsync(db);
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(HotelDocs);

        var human = await project.AskAsync("Does Seaside Inn allow dogs? Actually let me talk to a real person please");
        var unknown = await project.AskAsync("What is the capital of Mongolia?");

        Assert.Equal("handoff", human.GetProperty("decision").GetString());
        Assert.Equal("customer_request", human.GetProperty("reason").GetString());
        // A request for a person is never searched by its words ("a real person" is not about "personal" settings).
        Assert.Equal(0, human.GetProperty("retrieved").GetArrayLength());
        Assert.Equal("handoff", unknown.GetProperty("decision").GetString());
        Assert.Equal("missing_knowledge", unknown.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("answer").ValueKind);
        Assert.Equal(2L, await DocumentsApiTests.CountAsync(db, "SELECT count(*) FROM hyyve.chat_rag_metadata WHERE decision = 'handoff'"));
        Assert.Equal(2L, await DocumentsApiTests.CountAsync(db,
            "SELECT handoffs::bigint FROM hyyve.chat_conversation_analytics WHERE conversation_key = 'playground'"));
    }

    [Fact]
    public async Task Ask_without_a_question_is_a_problem_naming_the_field()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kaskvalid"));
        var project = await CreateAsync(server);

        var response = await project.Client.PostAsync($"{project.Path}/ask",
            new StringContent("""{"question":"  ","history":[]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"question\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Recording_is_idempotent_per_chatwoot_message_and_accepts_a_bot_failure_handoff()
    {
        await using var server = await TestServer.StartAsync(TestPostgres.CreateDatabase("kmetadata"));
        var project = await CreateAsync(server);
        await project.PostDocumentsAsync(HotelDocs);
        var store = server.Get<RagMetadataStore>();
        var answers = server.Get<IAnswerService>();
        var request = new AnswerRequest(project.ProjectId, "Are dogs welcome at Seaside Inn?", [], AnswerOrigin.Chatwoot, 41, 7);

        var first = await answers.AnswerAsync(request, CancellationToken.None);
        var second = await answers.AnswerAsync(request, CancellationToken.None);
        Assert.True(await store.RecordAsync(request, first, CancellationToken.None));
        Assert.False(await store.RecordAsync(request, second, CancellationToken.None));
        var stored = await store.FindForMessageAsync(project.ProjectId, 41, 7, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Contains(first.Retrieved, r => r.ExternalId == "h2-pets");
        Assert.NotEmpty(first.Citations);
        Assert.Equal(first.AnswerId, stored.AnswerId);
        Assert.Equal(first.Text, stored.Text);
        Assert.Equal(first.Citations, stored.Citations);
        Assert.Equal(first.Retrieved.Select(r => r.ExternalId), stored.Retrieved.Select(r => r.ExternalId));
        Assert.Null(await store.FindForMessageAsync(project.ProjectId, 41, 8, CancellationToken.None));

        var failure = new AnswerResult(Guid.CreateVersion7(), AnswerDecision.Handoff, HandoffReason.BotFailure, null, null, 0, [], [],
            new AnswerTimings(0, 0, 0), "none", new TokenUsage(0, 0));
        Assert.True(await store.RecordAsync(request with { ChatwootMessageId = 8 }, failure, CancellationToken.None));
        var recorded = await store.FindForMessageAsync(project.ProjectId, 41, 8, CancellationToken.None);
        Assert.Equal(HandoffReason.BotFailure, recorded!.Reason);
    }
}
