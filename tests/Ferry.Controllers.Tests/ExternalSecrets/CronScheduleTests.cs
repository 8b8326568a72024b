using Ferry.Controllers.ExternalSecrets;

namespace Ferry.Controllers.Tests.ExternalSecrets;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 30, 0, TimeSpan.Zero); // a Saturday

    [Theory]
    [InlineData("0 12 * * *", 60, true)]
    [InlineData("0 12 * * *", 29, false)]
    [InlineData("*/15 * * * *", 0, true)]
    [InlineData("0 12 * * MON-FRI", 120, false)]
    [InlineData("0 12 * * 6", 120, true)]
    [InlineData("@daily", 600, false)]
    [InlineData("@hourly", 30, true)]
    [InlineData("0 0 28 NOV *", 1440, true)]
    public void FiredWithin_Schedule_MatchesRobfigSemantics(string spec, int windowMinutes, bool expected)
    {
        var schedule = CronSchedule.TryParse(spec);

        Assert.NotNull(schedule);
        Assert.Equal(expected, schedule.FiredWithin(Now, TimeSpan.FromMinutes(windowMinutes)));
    }

    [Theory]
    [InlineData("61 * * * *")]
    [InlineData("* * *")]
    [InlineData("@every nonsense")]
    [InlineData("0 12 * * 7")]
    public void TryParse_Invalid_ReturnsNull(string spec)
    {
        Assert.Null(CronSchedule.TryParse(spec));
    }
}
