using Ferry.Api.Admission;

namespace Ferry.Api.Tests.Admission;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1h", 3600)]
    [InlineData("1h0m0s", 3600)]
    [InlineData("2h30m", 9000)]
    [InlineData("1.5s", 1.5)]
    [InlineData(".5m", 30)]
    [InlineData("-1m", -60)]
    [InlineData("+10s", 10)]
    [InlineData("300ms", 0.3)]
    [InlineData("1us", 0.000001)]
    [InlineData("1\u00b5s", 0.000001)]
    [InlineData("1h1h", 7200)]
    public void TryParse_GoDurations_Parse(string text, double seconds)
    {
        Assert.True(GoDuration.TryParse(text, out var value, out var error), error);
        Assert.Equal(TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond)), value);
    }

    [Theory]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("1", "time: missing unit in duration \"1\"")]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("abc", "time: invalid duration \"abc\"")]
    [InlineData("1h-5m", "time: unknown unit \"h-\" in duration \"1h-5m\"")]
    [InlineData(".s", "time: invalid duration \".s\"")]
    [InlineData("1 h", "time: unknown unit \" h\" in duration \"1 h\"")]
    [InlineData("9999999999h", "time: invalid duration \"9999999999h\"")]
    [InlineData("-", "time: invalid duration \"-\"")]
    [InlineData("\u00b5s", "time: invalid duration \"\\xc2\\xb5s\"")]
    [InlineData("1\u03bcsx", "time: unknown unit \"\\xce\\xbcsx\" in duration \"1\\xce\\xbcsx\"")]
    public void TryParse_Malformed_ReturnsGoError(string text, string expected)
    {
        Assert.False(GoDuration.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }
}
