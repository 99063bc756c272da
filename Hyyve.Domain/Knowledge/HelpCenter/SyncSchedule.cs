using NCrontab;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Six-field NCRONTAB schedules (with seconds), the format of the Functions timer trigger, evaluated in UTC.</summary>
public static class SyncSchedule
{
    /// <summary>How often the Functions timer looks for due projects; each project's own schedule decides whether it is due.</summary>
    public const string TimerSchedule = "0 * * * * *";

    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    public static bool IsValid(string? expression) => Parse(expression) is not null;

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(string expression, DateTimeOffset after)
    {
        var schedule = Parse(expression) ?? throw new FormatException($"\"{expression}\" is not a six-field NCRONTAB expression.");
        return new DateTimeOffset(schedule.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);
    }

    private static CrontabSchedule? Parse(string? expression) =>
        string.IsNullOrWhiteSpace(expression) || expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6
            ? null
            : CrontabSchedule.TryParse(expression.Trim(), WithSeconds);
}
