namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>The run statuses, as stored.</summary>
public static class SyncRunStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}
