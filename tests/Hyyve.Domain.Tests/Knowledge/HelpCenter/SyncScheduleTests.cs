using Hyyve.Domain.Knowledge.HelpCenter;

namespace Hyyve.Domain.Tests.Knowledge.HelpCenter;

public sealed class SyncScheduleTests
{
    [Theory]
    [InlineData("0 */15 * * * *", true)]
    [InlineData("*/30 * * * * *", true)]
    [InlineData("0 30 3 * * 1-5", true)]
    [InlineData("*/15 * * * *", false)] // five fields: Unix cron, not NCRONTAB with seconds
    [InlineData("every 15 minutes", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_six_field_expressions_are_schedules(string? expression, bool valid) =>
        Assert.Equal(valid, SyncSchedule.IsValid(expression));

    [Fact]
    public void The_default_runs_every_quarter_hour_strictly_after_now()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero);

        Assert.Equal(now.AddMinutes(15), SyncSchedule.Next(new HelpCenterSyncOptions().DefaultSchedule, now));
        Assert.Equal(now.AddMinutes(15), SyncSchedule.Next("0 */15 * * * *", now.AddMinutes(14)));
        Assert.Equal(SyncSchedule.TimerSchedule, "0 * * * * *");
    }

    [Fact]
    public void The_watermark_stays_below_an_article_that_failed_so_the_next_run_reads_it_again()
    {
        var tally = new SyncTally();
        tally.Saw(Article(1, 300));
        tally.Saw(Article(2, 200));
        tally.Fail(Article(2, 200), "too long");

        Assert.Equal(199, tally.NextWatermark(previous: 100));
        Assert.Equal(400, new SyncTally().NextWatermark(previous: 400));
        Assert.Null(new SyncTally().NextWatermark(previous: null));
    }

    private static HelpCenterArticle Article(long id, long updatedAt) =>
        new(id, $"a{id}", $"A{id}", null, "text", "published", "en", null, null, updatedAt);
}
