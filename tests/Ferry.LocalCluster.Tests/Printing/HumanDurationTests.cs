using Ferry.LocalCluster.Printing;

namespace Ferry.LocalCluster.Tests.Printing;

public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(-5, "<invalid>")]
    [InlineData(-1, "0s")]
    [InlineData(45, "45s")]
    [InlineData(119, "119s")]
    [InlineData(120, "2m")]
    [InlineData(303, "5m3s")]
    [InlineData(600, "10m")]
    [InlineData(3 * 3600 + 1200, "3h20m")]
    [InlineData(10 * 3600, "10h")]
    [InlineData(4 * 86400 + 2 * 3600, "4d2h")]
    [InlineData(30 * 86400, "30d")]
    [InlineData(3 * 365 * 86400, "3y")]
    [InlineData(3 * 365 * 86400 + 5 * 86400, "3y5d")]
    public void Format_Duration_PrintsAsKubectl(int seconds, string expected) =>
        Assert.Equal(expected, HumanDuration.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Since_MissingOrBadTimestamp_IsUnknownOrInvalid()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("<unknown>", HumanDuration.Since((string?)null, now));
        Assert.Equal("<invalid>", HumanDuration.Since("yesterday-ish", now));
        Assert.Equal("90s", HumanDuration.Since("2025-12-31T23:58:30Z", now));
    }
}
