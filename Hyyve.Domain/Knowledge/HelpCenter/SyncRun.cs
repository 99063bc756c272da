namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// One Help Center sync of a project as recorded in <c>sync_runs</c>. <see cref="Status"/> is <c>queued</c>, <c>running</c>
/// (the counts show progress), <c>succeeded</c>, <c>failed</c> (<see cref="Error"/> says what to fix) or <c>skipped</c>.
/// </summary>
public sealed record SyncRun(
    Guid Id,
    Guid ProjectId,
    string Trigger,
    string Status,
    int Attempts,
    bool FullSweep,
    SyncCounts Counts,
    IReadOnlyList<SyncFailure> Failures,
    string? Error,
    long? WatermarkBefore,
    long? WatermarkAfter,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs)
{
    public bool IsActive => Status is SyncRunStatus.Queued or SyncRunStatus.Running;
}

/// <summary>Pages and articles so far: while the run is running, its progress; afterwards, its result.</summary>
public sealed record SyncCounts(int PagesRead, int ArticlesSeen, int Created, int Updated, int Deleted, int Unchanged, int Failed)
{
    public static readonly SyncCounts None = new(0, 0, 0, 0, 0, 0, 0);

    public int Writes => Created + Updated + Deleted;
}

/// <summary>An article that could not be indexed; the run went on without it.</summary>
public sealed record SyncFailure(long ArticleId, string? Title, string Error);

/// <summary>The run statuses, as stored.</summary>
public static class SyncRunStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}

/// <summary>What started a run.</summary>
public static class SyncTrigger
{
    public const string Manual = "manual";
    public const string Schedule = "schedule";
}
