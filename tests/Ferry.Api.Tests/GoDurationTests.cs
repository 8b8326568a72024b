namespace Ferry.Api.Tests;

public sealed class GoDurationTests
{
    // Go's documented ParseDuration behaviour (time package tests and docs).
    public static TheoryData<string, long> ValidDurations() => new()
    {
        { "0", 0 },
        { "5s", 5 * GoDuration.Second },
        { "30s", 30 * GoDuration.Second },
        { "1478s", 1478 * GoDuration.Second },
        { "-5s", -5 * GoDuration.Second },
        { "+5s", 5 * GoDuration.Second },
        { "-0", 0 },
        { "+0", 0 },
        { "5.0s", 5 * GoDuration.Second },
        { "5.6s", (5 * GoDuration.Second) + (600 * GoDuration.Millisecond) },
        { "5.s", 5 * GoDuration.Second },
        { ".5s", 500 * GoDuration.Millisecond },
        { "1.0s", GoDuration.Second },
        { "1.00s", GoDuration.Second },
        { "1.004s", GoDuration.Second + (4 * GoDuration.Millisecond) },
        { "1.0040s", GoDuration.Second + (4 * GoDuration.Millisecond) },
        { "100.00100s", (100 * GoDuration.Second) + GoDuration.Millisecond },
        { "10ns", 10 },
        { "11us", 11 * GoDuration.Microsecond },
        { "12µs", 12 * GoDuration.Microsecond },
        { "12μs", 12 * GoDuration.Microsecond },
        { "13ms", 13 * GoDuration.Millisecond },
        { "14s", 14 * GoDuration.Second },
        { "15m", 15 * GoDuration.Minute },
        { "16h", 16 * GoDuration.Hour },
        { "3h30m", (3 * GoDuration.Hour) + (30 * GoDuration.Minute) },
        { "10.5s4m", (4 * GoDuration.Minute) + (10 * GoDuration.Second) + (500 * GoDuration.Millisecond) },
        { "-2m3.4s", -((2 * GoDuration.Minute) + (3 * GoDuration.Second) + (400 * GoDuration.Millisecond)) },
        { "1h2m3s4ms5us6ns", GoDuration.Hour + (2 * GoDuration.Minute) + (3 * GoDuration.Second) + (4 * GoDuration.Millisecond) + (5 * GoDuration.Microsecond) + 6 },
        { "39h9m14.425s", (39 * GoDuration.Hour) + (9 * GoDuration.Minute) + (14 * GoDuration.Second) + (425 * GoDuration.Millisecond) },
        { "52763797000ns", 52763797000 },
        { "0.3333333333333333333h", 20 * GoDuration.Minute },
        { "9007199254740993ns", (1L << 53) + 1 },
        { "9223372036854775807ns", long.MaxValue },
        { "9223372036854775.807us", long.MaxValue },
        { "9223372036s854ms775us807ns", long.MaxValue },
        { "-9223372036854775808ns", long.MinValue },
        { "-9223372036854775.808us", long.MinValue },
        { "-9223372036s854ms775us808ns", long.MinValue },
        { "-2562047h47m16.854775808s", long.MinValue },
        { "0.100000000000000000000h", 6 * GoDuration.Minute },
        { "0.830103483285477580700h", (49 * GoDuration.Minute) + (48 * GoDuration.Second) + 372539827 },
        { "1h0m0s", GoDuration.Hour },
    };

    [Theory]
    [MemberData(nameof(ValidDurations))]
    public void Parse_ValidText_ReturnsGoValue(string text, long nanoseconds)
    {
        Assert.Equal(nanoseconds, GoDuration.Parse(text).Nanoseconds);
        Assert.True(GoDuration.TryParse(text, out var parsed));
        Assert.Equal(nanoseconds, parsed.Nanoseconds);
    }

    [Theory]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("3", "time: missing unit in duration \"3\"")]
    [InlineData("1", "time: missing unit in duration \"1\"")]
    [InlineData("-", "time: invalid duration \"-\"")]
    [InlineData("s", "time: invalid duration \"s\"")]
    [InlineData(".", "time: invalid duration \".\"")]
    [InlineData("-.", "time: invalid duration \"-.\"")]
    [InlineData(".s", "time: invalid duration \".s\"")]
    [InlineData("+.s", "time: invalid duration \"+.s\"")]
    [InlineData("1x", "time: unknown unit \"x\" in duration \"1x\"")]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("1hh", "time: unknown unit \"hh\" in duration \"1hh\"")]
    [InlineData("1h 2m", "time: unknown unit \"h \" in duration \"1h 2m\"")]
    [InlineData("1.5", "time: missing unit in duration \"1.5\"")]
    [InlineData("1s2", "time: missing unit in duration \"1s2\"")]
    [InlineData("3000000h", "time: invalid duration \"3000000h\"")]
    [InlineData("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\"")]
    [InlineData("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\"")]
    [InlineData("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\"")]
    [InlineData("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\"")]
    [InlineData("1\u00B5", "time: unknown unit \"\\xc2\\xb5\" in duration \"1\\xc2\\xb5\"")]
    [InlineData("\"1s", "time: invalid duration \"\\\"1s\"")]
    public void Parse_InvalidText_FailsWithGoErrorText(string text, string error)
    {
        var exception = Assert.Throws<FormatException>(() => GoDuration.Parse(text));
        Assert.Equal(error, exception.Message);
        Assert.False(GoDuration.TryParse(text, out _, out var tryError));
        Assert.Equal(error, tryError);
    }

    [Fact]
    public void TryParse_Null_FailsLikeEmpty()
    {
        Assert.False(GoDuration.TryParse(null, out _, out var error));
        Assert.Equal("time: invalid duration \"\"", error);
    }

    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(1L, "1ns")]
    [InlineData(1100L, "1.1µs")]
    [InlineData(1000L, "1µs")]
    [InlineData(2200L * 1000, "2.2ms")]
    [InlineData(100L * 1000 * 1000, "100ms")]
    [InlineData(3300L * 1000 * 1000, "3.3s")]
    [InlineData(1500L * 1000 * 1000, "1.5s")]
    [InlineData(90L * 1000 * 1000 * 1000, "1m30s")]
    [InlineData(60L * 1000 * 1000 * 1000, "1m0s")]
    [InlineData(3600L * 1000 * 1000 * 1000, "1h0m0s")]
    [InlineData(-3600L * 1000 * 1000 * 1000, "-1h0m0s")]
    [InlineData((4 * 60 + 5) * 1000L * 1000 * 1000 + 1000L * 1000, "4m5.001s")]
    [InlineData((5 * 3600 + 6 * 60 + 7) * 1000L * 1000 * 1000 + 1000L * 1000, "5h6m7.001s")]
    [InlineData((8 * 60 * 1000L * 1000 * 1000) + 1, "8m0.000000001s")]
    [InlineData(long.MaxValue, "2562047h47m16.854775807s")]
    [InlineData(long.MinValue, "-2562047h47m16.854775808s")]
    public void ToString_Duration_FormatsLikeGo(long nanoseconds, string expected)
    {
        Assert.Equal(expected, new GoDuration(nanoseconds).ToString());
    }

    [Theory]
    [InlineData("1h", "1h0m0s")]
    [InlineData("90m", "1h30m0s")]
    [InlineData("0.5s", "500ms")]
    [InlineData("-1.5h", "-1h30m0s")]
    public void ToString_ParsedText_IsGoCanonicalForm(string text, string canonical)
    {
        Assert.Equal(canonical, GoDuration.Parse(text).ToString());
    }

    [Fact]
    public void ToTimeSpan_WholeTicks_ConvertsBothWays()
    {
        var duration = GoDuration.Parse("1h30m0.5s");

        Assert.Equal(TimeSpan.FromMinutes(90) + TimeSpan.FromMilliseconds(500), duration.ToTimeSpan());
        Assert.Equal(duration, GoDuration.FromTimeSpan(duration.ToTimeSpan()));
    }

    [Fact]
    public void CompareTo_OrdersByLength()
    {
        Assert.True(GoDuration.Parse("59m") < GoDuration.Parse("1h"));
        Assert.True(GoDuration.Parse("-1s") < GoDuration.Zero);
        Assert.Equal(0, GoDuration.Parse("60m").CompareTo(GoDuration.Parse("1h")));
    }
}
