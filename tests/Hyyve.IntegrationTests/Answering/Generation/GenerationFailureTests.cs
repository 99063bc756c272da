using System.Diagnostics;
using Hyyve.Domain.Answering;
using Hyyve.Domain.Answering.Generation;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Answering.Generation;

/// <summary>A model that hangs, breaks its JSON or fails over HTTP yields <see cref="GenerationOutcome.Failed"/>, never an exception.</summary>
public sealed class GenerationFailureTests
{
    private static readonly GenerationRequest Request = new("How long does a refund take?", [],
        [new GenerationSource(1, "refund-timing", "Refund timing", null, "Refunds reach your card in 5 to 10 business days.")]);

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_fails_within_the_timeout()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("5 to 10 business days [1].", [1], answerable: true));
        // A first call with the default timeout compiles the client stack, so the timed call below waits only on the model.
        using (var warm = GenerationHost.Start(fake.BaseUrl))
        {
            Assert.Equal(GenerationOutcome.Answered, (await warm.Generator.GenerateAsync(Request, CancellationToken.None)).Outcome);
        }

        using var host = GenerationHost.Start(fake.BaseUrl, timeout: TimeSpan.FromSeconds(1));
        fake.Reply = new ScriptedReply.Hang(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Failed, answer.Outcome);
        Assert.Contains("did not answer within 1 s", answer.Error);
        Assert.InRange(answer.LatencyMs, 950, 6_000);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(6));
        Assert.Equal(2, fake.Received.Count);
        await Eventually.TrueAsync(() => fake.Abandoned == 1, TimeSpan.FromSeconds(5), "the fake sees the client give up");
    }

    [Fact]
    public async Task Malformed_json_from_the_model_fails_and_keeps_the_usage()
    {
        await using var fake = await FakeChatCompletions.StartAsync(
            new ScriptedReply.Completion("{\"answer\": \"Refunds take 5 to 10 business days [1]\", \"citations\": [1", 90, 14));
        // The root URL without /v1 is served as well (vLLM and some proxies).
        using var host = GenerationHost.Start(fake.RootUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Failed, answer.Outcome);
        Assert.Contains("malformed JSON", answer.Error);
        Assert.Null(answer.Text);
        Assert.Equal((90, 14), (answer.PromptTokens, answer.CompletionTokens));
        Assert.Equal("/chat/completions", Assert.Single(fake.Received).Path);
    }

    [Fact]
    public async Task Prose_instead_of_json_fails()
    {
        await using var fake = await FakeChatCompletions.StartAsync(new ScriptedReply.Completion("Refunds take about a week.", 90, 7));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Failed, answer.Outcome);
        Assert.Contains("not a JSON object", answer.Error);
    }

    [Fact]
    public async Task An_http_500_fails_with_the_status_after_one_request()
    {
        await using var fake = await FakeChatCompletions.StartAsync(new ScriptedReply.Status(500, "The server had an error."));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request, CancellationToken.None);

        Assert.Equal(GenerationOutcome.Failed, answer.Outcome);
        Assert.Contains("500", answer.Error);
        Assert.Equal(GenerationHost.Model, answer.Model);
        Assert.Single(fake.Received);
    }

    [Fact]
    public async Task Cancelling_the_callers_token_throws()
    {
        await using var fake = await FakeChatCompletions.StartAsync(new ScriptedReply.Hang(TimeSpan.FromSeconds(30)));
        using var host = GenerationHost.Start(fake.BaseUrl, timeout: TimeSpan.FromSeconds(20));
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Generator.GenerateAsync(Request, caller.Token));
    }

    [Fact]
    public async Task Without_sources_the_model_is_not_called()
    {
        await using var fake = await FakeChatCompletions.StartAsync(ScriptedReply.Answer("Anything [1].", [1], answerable: true));
        using var host = GenerationHost.Start(fake.BaseUrl);

        var answer = await host.Generator.GenerateAsync(Request with { Sources = [] }, CancellationToken.None);

        Assert.Equal(GenerationOutcome.NotAnswerable, answer.Outcome);
        Assert.Empty(fake.Received);
    }
}
