using System.ComponentModel.DataAnnotations;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Help Center sync: schedules, how far an incremental run lists, when every page is swept. Section <c>HelpCenter</c>.</summary>
public sealed class HelpCenterSyncOptions
{
    public const string SectionName = "HelpCenter";

    /// <summary>NCRONTAB with seconds (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, the Functions timer format) of
    /// projects that set none (<c>HelpCenter__DefaultSchedule</c>); a project sets its own with <c>PUT …/sync/schedule</c>.</summary>
    public string DefaultSchedule { get; set; } = "0 */15 * * * *";

    /// <summary>Whether this Hyyve.Server process looks for due syncs (<c>HelpCenter__SchedulerEnabled</c>). Any number of processes
    /// may: each due sync is claimed by one. Hyyve.Functions uses its timer trigger instead.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often Hyyve.Server looks for due syncs.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Most projects one scheduler tick enqueues; the rest wait for the next tick.</summary>
    [Range(1, 10_000)]
    public int SchedulerBatch { get; set; } = 100;

    /// <summary>An incremental run lists articles down to the last watermark minus this. Chatwoot's timestamps are whole
    /// seconds and two edits can share one, so the overlap re-reads the edge instead of missing it.</summary>
    public TimeSpan WatermarkOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Portals with at most this many articles are swept (every page read, deletions found) on every run.</summary>
    [Range(0, 1_000_000)]
    public int SweepEveryRunUpTo { get; set; } = 1_000;

    /// <summary>Larger portals are swept when their counts disagree with the index, and at least this often.</summary>
    public TimeSpan FullSweepInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A queued or running run without progress for this long is failed as abandoned when the next run is asked for
    /// (its queue message was never written, say), so it cannot block the project's syncs for good.</summary>
    public TimeSpan StaleRunAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Upper bound of pages one run reads (25 articles each), so a misbehaving server cannot keep a run going.</summary>
    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 4_000;
}
