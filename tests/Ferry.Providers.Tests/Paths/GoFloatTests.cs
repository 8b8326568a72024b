using Ferry.Providers.Paths;

namespace Ferry.Providers.Tests.Paths;

public sealed class GoFloatTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(100.0, "100")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1.5e-7, "0.00000015")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.0, "0")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    public void FormatShortest_Value_MatchesGoFormatFloatF(double value, string expected)
    {
        Assert.Equal(expected, GoFloat.FormatShortest(value));
    }
}
