using Hyyve.Domain.Answering;
using Hyyve.Domain.Answering.Generation;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>Generation through the OpenAI client against a fake chat-completions server: answers, citations, failures.</summary>
public sealed class ChatAnswerGeneratorTests
{
    private const string Question = "How long does a refund take?";

    private static readonly GenerationRequest Request = new(
        Question,
        [new ConversationTurn("customer", "Hi, I returned my order last week."), new ConversationTurn("agent", "Thanks, how can I help?")],
        [
            new GenerationSource(1, "refund-timing", "Refund timing", "https://help.example/refund-timing",
                "Refunds reach your card 5 to 10 business days after we receive the return."),
            new GenerationSource(2, "refund-policy", "Refund policy", null, "Yearly plans can be refunded in full within 14 days of purchase."),
        ]);

    [Fact]
    public async Task A_structured_answer_citing_a_given_source_is_answered_with_its_usage_and_latency()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            ScriptedReply.Answer("Refunds reach your card in 5 to 10 business days [1].", [1], answerable: true, 321, 45));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Answered, answer.Outcome);
        Assert.Equal("Refunds reach your card in 5 to 10 business days [1].", answer.Text);
        Assert.Equal([1], answer.CitedNumbers);
        Assert.Equal((321, 45), (answer.PromptTokens, answer.CompletionTokens));
        Assert.Equal(GenerationHost.Model, answer.Model);
        Assert.InRange(answer.LatencyMs, 0.01, 10_000);
        Assert.Null(answer.Error);
        Assert.Equal("/v1/chat/completions", Assert.Single(fake.Received).Path);
    }

    [Fact]
    public async Task The_model_receives_instructions_the_numbered_sources_only_the_conversation_and_the_question()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("5 to 10 business days [1].", [1], answerable: true));
        using var host = GenerationHost.Start(fake.BaseUrl);

        await host.Generator.GenerateAsync(Request, CancellationToken.None);

        var sent = Assert.Single(fake.Received);
        Assert.Equal(GenerationHost.Model, sent.Body["model"]!.GetValue<string>());
        Assert.Equal("Bearer " + GenerationHost.ApiKey, sent.Authorization);
        Assert.Equal(["system", "system", "user", "assistant", "user"], Enumerable.Range(0, sent.Messages.Count).Select(sent.Role));
        Assert.Contains("only the numbered sources", sent.Content(0));
        Assert.Equal(
            "Sources:\n\n[1] Refund timing\nRefunds reach your card 5 to 10 business days after we receive the return."
            + "\n\n[2] Refund policy\nYearly plans can be refunded in full within 14 days of purchase.",
            sent.Content(1));
        Assert.Equal("Hi, I returned my order last week.", sent.Content(2));
        Assert.Equal("Thanks, how can I help?", sent.Content(3));
        Assert.Equal(Question, sent.Content(4));
        Assert.Equal(0, sent.Body["temperature"]!.GetValue<double>());
        Assert.Equal(400, (sent.Body["max_completion_tokens"] ?? sent.Body["max_tokens"])!.GetValue<int>());
        var format = sent.Body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        var properties = format["json_schema"]!["schema"]!["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(["answer", "answerable", "citations"], properties);
    }

    [Fact]
    public async Task An_empty_temperature_is_not_sent_and_the_output_budget_follows_the_settings()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("5 to 10 business days [1].", [1], answerable: true));
        using var host = GenerationHost.Start(fake.BaseUrl, more: new Dictionary<string, string?> { ["Temperature"] = "", ["MaxOutputTokens"] = "150" });

        await host.Generator.GenerateAsync(Request, CancellationToken.None);

        var sent = Assert.Single(fake.Received);
        Assert.False(sent.Body.ContainsKey("temperature"));
        Assert.Equal(150, (sent.Body["max_completion_tokens"] ?? sent.Body["max_tokens"])!.GetValue<int>());
    }

    [Fact]
    public async Task A_citation_of_a_source_that_was_not_given_is_removed_from_the_list_and_the_text()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            ScriptedReply.Answer("Refunds take 5 to 10 business days [1][3], or longer for bank transfers [4].", [1, 3, 4], answerable: true));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Answered, answer.Outcome);
        Assert.Equal("Refunds take 5 to 10 business days [1], or longer for bank transfers.", answer.Text);
        Assert.Equal([1], answer.CitedNumbers);
    }

    [Fact]
    public async Task An_answer_citing_only_sources_that_were_not_given_is_not_answerable()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            ScriptedReply.Answer("Refunds are instant [7].", [7], answerable: true));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.NotAnswerable, answer.Outcome);
        Assert.Empty(answer.CitedNumbers);
        Assert.Equal("Refunds are instant.", answer.Text);
        Assert.Null(answer.Error);
    }

    [Fact]
    public async Task A_model_that_says_the_sources_do_not_answer_is_not_answerable()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("", [], answerable: false, 200, 12));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request with { Question = "Do you ship to Mars?" }, CancellationToken.None);

        Assert.Equal(GenerationOutcome.NotAnswerable, answer.Outcome);
        Assert.Null(answer.Text);
        Assert.Empty(answer.CitedNumbers);
        Assert.Equal((200, 12), (answer.PromptTokens, answer.CompletionTokens));
    }

    [Fact]
    public async Task An_answer_with_citations_but_answerable_false_is_not_answerable()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            ScriptedReply.Answer("The sources only cover refunds [1].", [1], answerable: false));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.NotAnswerable, answer.Outcome);
        Assert.Empty(answer.CitedNumbers);
    }
}
