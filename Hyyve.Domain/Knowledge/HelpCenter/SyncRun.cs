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
