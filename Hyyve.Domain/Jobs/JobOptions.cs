using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Jobs;

/// <summary>Durable job queue and its workers. Section <c>Jobs</c>.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this process runs workers (<c>Jobs__Enabled</c>). Enqueueing works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Concurrent jobs per process (<c>Jobs__WorkerCount</c>).</summary>
    [Range(1, 256)]
    public int WorkerCount { get; set; } = 8;

    /// <summary>Attempts before a job is dead-lettered (<c>Jobs__MaxAttempts</c>).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a leased job stays invisible; a running job renews it every third of this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before the second attempt; doubles per attempt, with jitter, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wake workers with PostgreSQL <c>LISTEN/NOTIFY</c> (<c>Jobs__ListenForNotifications</c>). Turn off only where the
    /// connection cannot LISTEN (e.g. PgBouncer in transaction mode); workers then rely on <see cref="PollInterval"/>.</summary>
    public bool ListenForNotifications { get; set; } = true;

    /// <summary>Fallback wake-up when no notification arrives (delayed retries, lost notifications).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often expired leases are returned to the queue.</summary>
    public TimeSpan ReaperInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a stopping process lets running jobs finish before it releases them.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Succeeded jobs are kept this long for inspection, then deleted.</summary>
    public TimeSpan SucceededRetention { get; set; } = TimeSpan.FromDays(1);
}
