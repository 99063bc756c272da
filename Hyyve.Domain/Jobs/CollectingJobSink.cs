using Npgsql;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// The <see cref="IJobSink"/> of a host whose queue is written by the host itself after the Domain call returns
/// (Hyyve.Functions: a queue output binding). Scoped, so one request collects only its own jobs.
/// </summary>
/// <remarks>
/// The caller's transaction is ignored: nothing is written anywhere until the host forwards <see cref="Jobs"/>, and it
/// must do so only after the submitting call returned normally (its transaction committed). A dedupe key is honoured
/// within this scope only; across requests, the webhook ledger and idempotent handlers do that work.
/// </remarks>
public sealed class CollectingJobSink : IJobSink
{
    private readonly Lock _gate = new();
    private readonly List<JobRequest> _jobs = [];
    private readonly HashSet<string> _dedupeKeys = new(StringComparer.Ordinal);

    /// <summary>The jobs submitted so far, in submission order.</summary>
    public IReadOnlyList<JobRequest> Jobs
    {
        get
        {
            lock (_gate)
            {
                return [.. _jobs];
            }
        }
    }

    public Task<bool> SubmitAsync(JobRequest job, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.RunAt is not null)
        {
            // A queue output binding delivers at once; running a delayed job early would be a silent change of meaning.
            throw new NotSupportedException($"Job kind {job.Kind} asks for a delayed start, which a collected job cannot express.");
        }

        lock (_gate)
        {
            if (job.DedupeKey is { } key && !_dedupeKeys.Add(key))
            {
                return Task.FromResult(false);
            }

            _jobs.Add(job);
            return Task.FromResult(true);
        }
    }

    /// <summary>
    /// The payloads to forward to the queue of <paramref name="kind"/>. Throws when a job of a kind that is neither
    /// <paramref name="kind"/> nor one of <paramref name="alsoForwarded"/> was collected: the caller has nowhere to forward
    /// it, and dropping it would lose work.
    /// </summary>
    public string[] PayloadsFor(string kind, params string[] alsoForwarded)
    {
        var jobs = Jobs;
        if (jobs.FirstOrDefault(j => j.Kind != kind && !alsoForwarded.Contains(j.Kind)) is { } stray)
        {
            throw new InvalidOperationException($"A job of kind {stray.Kind} was submitted, but this host forwards only {string.Join(", ", [kind, .. alsoForwarded])} here.");
        }

        return [.. jobs.Where(j => j.Kind == kind).Select(j => j.PayloadJson)];
    }
}
