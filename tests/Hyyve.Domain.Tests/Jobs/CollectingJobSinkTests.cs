using Hyyve.Domain.Jobs;

namespace Hyyve.Domain.Tests.Jobs;

public sealed class CollectingJobSinkTests
{
    [Fact]
    public async Task Submitted_jobs_are_collected_in_order()
    {
        var sink = new CollectingJobSink();

        Assert.True(await sink.SubmitAsync(Job("a", "{\"n\":1}", "k1"), null, CancellationToken.None));
        Assert.True(await sink.SubmitAsync(Job("a", "{\"n\":2}", "k2"), null, CancellationToken.None));

        Assert.Equal(["{\"n\":1}", "{\"n\":2}"], sink.Jobs.Select(j => j.PayloadJson));
    }

    [Fact]
    public async Task A_repeated_dedupe_key_is_refused_and_collected_once()
    {
        var sink = new CollectingJobSink();
        await sink.SubmitAsync(Job("a", "{\"first\":true}", "same"), null, CancellationToken.None);

        var accepted = await sink.SubmitAsync(Job("a", "{\"first\":false}", "same"), null, CancellationToken.None);

        Assert.False(accepted);
        Assert.Equal("{\"first\":true}", Assert.Single(sink.Jobs).PayloadJson);
    }

    [Fact]
    public async Task Jobs_without_a_dedupe_key_are_all_kept()
    {
        var sink = new CollectingJobSink();

        await sink.SubmitAsync(Job("a", "{}", null), null, CancellationToken.None);
        await sink.SubmitAsync(Job("a", "{}", null), null, CancellationToken.None);

        Assert.Equal(2, sink.Jobs.Count);
    }

    [Fact]
    public async Task A_delayed_job_is_refused_rather_than_run_early()
    {
        var sink = new CollectingJobSink();
        var delayed = Job("a", "{}", "k") with { RunAt = DateTimeOffset.UtcNow.AddMinutes(1) };

        await Assert.ThrowsAsync<NotSupportedException>(() => sink.SubmitAsync(delayed, null, CancellationToken.None));
        Assert.Empty(sink.Jobs);
    }

    [Fact]
    public async Task PayloadsFor_returns_the_payloads_of_that_kind()
    {
        var sink = new CollectingJobSink();
        await sink.SubmitAsync(Job(JobKinds.AnswerMessage, "{\"m\":1}", "k1"), null, CancellationToken.None);
        await sink.SubmitAsync(Job(JobKinds.AnswerMessage, "{\"m\":2}", "k2"), null, CancellationToken.None);

        Assert.Equal(["{\"m\":1}", "{\"m\":2}"], sink.PayloadsFor(JobKinds.AnswerMessage));
    }

    [Fact]
    public void PayloadsFor_is_empty_when_nothing_was_submitted()
    {
        Assert.Empty(new CollectingJobSink().PayloadsFor(JobKinds.AnswerMessage));
    }

    [Fact]
    public async Task PayloadsFor_refuses_to_drop_a_job_of_another_kind()
    {
        var sink = new CollectingJobSink();
        await sink.SubmitAsync(Job(JobKinds.AnswerMessage, "{}", "k1"), null, CancellationToken.None);
        await sink.SubmitAsync(Job(JobKinds.Noop, "{}", "k2"), null, CancellationToken.None);

        var error = Assert.Throws<InvalidOperationException>(() => sink.PayloadsFor(JobKinds.AnswerMessage));
        Assert.Contains(JobKinds.Noop, error.Message);
    }

    private static JobRequest Job(string kind, string payload, string? dedupeKey) => new(kind, payload, dedupeKey);
}
