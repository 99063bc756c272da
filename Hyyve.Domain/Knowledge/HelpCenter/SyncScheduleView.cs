namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>A project's schedule; <see cref="NextRunAt"/> is null until the scheduler first sees the project.</summary>
public sealed record SyncScheduleView(string Schedule, bool IsDefault, DateTimeOffset? NextRunAt);
