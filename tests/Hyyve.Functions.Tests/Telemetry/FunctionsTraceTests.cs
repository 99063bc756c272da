using System.Collections.Concurrent;
using System.Diagnostics;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Telemetry;
using Hyyve.Functions.Tests.Infrastructure;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.Functions.Tests.Telemetry;

/// <summary>In the function app too, a reply is one trace: the webhook function's intake, the queue message that carries
/// its <c>traceparent</c>, the answer worker's job and the Chatwoot message post.</summary>
public sealed class FunctionsTraceTests : IAsyncLifetime
{
    private readonly ConcurrentBag<Activity> _spans = new();
    private ActivityListener _listener = null!;
    private FunctionsWorld _world = null!;

    public async Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is HyyveTelemetry.Name or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        _world = await FunctionsWorld.StartAsync("fntrace");
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        _listener.Dispose();
    }

    [Fact]
    public async Task The_webhook_function_the_queue_message_and_the_answer_worker_share_one_trace()
    {
        var conversation = _world.StartConversation();
        _world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await _world.DeliveredAsync();
        var message = Assert.Single(_world.Queues.Drain(JobKinds.AnswerMessage));

        Assert.Null(await _world.RunAnswerWorkerAsync(message));

        var intake = Assert.Single(_spans, s => s.OperationName == "chatwoot intake" && Equals(s.GetTagItem("hyyve.tenant.id"), _world.TenantId)
            && (string?)s.GetTagItem("hyyve.intake.outcome") == "Queued");
        Assert.Contains($"\"traceparent\":\"00-{intake.TraceId}-", message);
        var job = Assert.Single(_spans, s => s.OperationName == $"job {JobKinds.AnswerMessage}" && s.TraceId == intake.TraceId);
        Assert.Equal("answer", job.GetTagItem("hyyve.answer.decision"));
        var post = Assert.Single(_spans, s => s.Source.Name == "System.Net.Http" && s.TraceId == intake.TraceId
            && (s.GetTagItem("url.full") as string)?.EndsWith($"/conversations/{conversation.DisplayId}/messages") == true);
        Assert.Equal(job.TraceId, post.TraceId);
        Assert.Single(_world.BotMessages(conversation));
    }
}
