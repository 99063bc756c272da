using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Hyyve.Domain.Tests.Jobs;

public sealed class JobDispatcherTests
{
    private const string Payload = "{\"tenantId\":\"t\",\"messageId\":7}";

    [Fact]
    public async Task RunAsync_runs_the_handler_of_the_kind_with_the_payload_and_attempt()
    {
        var answer = Handler(JobKinds.AnswerMessage);
        var noop = Handler(JobKinds.Noop);
        LeasedJob? seen = null;
        answer.Setup(h => h.HandleAsync(It.IsAny<LeasedJob>(), It.IsAny<CancellationToken>()))
            .Callback<LeasedJob, CancellationToken>((job, _) => seen = job)
            .Returns(Task.CompletedTask);

        var outcome = await Dispatcher(noop.Object, answer.Object).RunAsync(JobKinds.AnswerMessage, Payload, 2, 5, CancellationToken.None);

        Assert.Equal(JobRunOutcome.Completed, outcome);
        Assert.NotNull(seen);
        Assert.Equal((JobKinds.AnswerMessage, Payload, 2, 5), (seen.Kind, seen.PayloadJson, seen.Attempt, seen.MaxAttempts));
        noop.Verify(h => h.HandleAsync(It.IsAny<LeasedJob>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_rethrows_a_failure_so_the_queue_retries_it()
    {
        var handler = Handler(JobKinds.AnswerMessage);
        handler.Setup(h => h.HandleAsync(It.IsAny<LeasedJob>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("chatwoot is down"));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Dispatcher(handler.Object).RunAsync(JobKinds.AnswerMessage, Payload, 1, 5, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_reports_a_permanent_failure_as_dead_letter_now_without_running_the_hook()
    {
        var handler = Handler(JobKinds.AnswerMessage);
        handler.Setup(h => h.HandleAsync(It.IsAny<LeasedJob>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new PermanentJobException("tenant is gone"));

        var outcome = await Dispatcher(handler.Object).RunAsync(JobKinds.AnswerMessage, Payload, 1, 5, CancellationToken.None);

        Assert.Equal(JobRunOutcome.DeadLetterNow, outcome);
        handler.Verify(h => h.OnDeadLetteredAsync(It.IsAny<LeasedJob>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_refuses_a_kind_without_a_handler()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Dispatcher(Handler(JobKinds.Noop).Object).RunAsync(JobKinds.AnswerMessage, Payload, 1, 5, CancellationToken.None));

        Assert.Contains(JobKinds.AnswerMessage, error.Message);
    }

    [Fact]
    public async Task DeadLetterAsync_calls_the_hook_with_the_payload_error_and_last_attempt()
    {
        var handler = Handler(JobKinds.AnswerMessage);
        LeasedJob? seen = null;
        string? seenError = null;
        handler.Setup(h => h.OnDeadLetteredAsync(It.IsAny<LeasedJob>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<LeasedJob, string, CancellationToken>((job, error, _) => (seen, seenError) = (job, error))
            .Returns(Task.CompletedTask);

        await Dispatcher(handler.Object).DeadLetterAsync(JobKinds.AnswerMessage, Payload, "retries exhausted", CancellationToken.None);

        Assert.NotNull(seen);
        Assert.Equal(Payload, seen.PayloadJson);
        Assert.True(seen.IsLastAttempt);
        Assert.Equal("retries exhausted", seenError);
    }

    [Fact]
    public async Task DeadLetterAsync_rethrows_a_failing_hook_so_the_message_is_kept()
    {
        var handler = Handler(JobKinds.AnswerMessage);
        handler.Setup(h => h.OnDeadLetteredAsync(It.IsAny<LeasedJob>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("chatwoot is down"));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Dispatcher(handler.Object).DeadLetterAsync(JobKinds.AnswerMessage, Payload, "retries exhausted", CancellationToken.None));
    }

    private static Mock<IJobHandler> Handler(string kind)
    {
        var handler = new Mock<IJobHandler>();
        handler.SetupGet(h => h.Kind).Returns(kind);
        return handler;
    }

    private static JobDispatcher Dispatcher(params IJobHandler[] handlers) =>
        new(handlers, Options.Create(new JobOptions { MaxAttempts = 5 }), TimeProvider.System, NullLogger<JobDispatcher>.Instance);
}
