using System.Globalization;
using Ferry.Templating.Eso;

namespace Ferry.Templating.Tests.Eso;

public sealed class StringMapCoercionTests
{
    /// <summary>Expected texts printed by Go 1.19's strconv.FormatFloat(v, 'g', -1, 32).</summary>
    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("1.0", "1")]
    [InlineData("100000000.0", "1e+08")]
    [InlineData("0.1", "0.1")]
    [InlineData("3.14159265358979", "3.1415927")]
    [InlineData("123456", "123456")]
    [InlineData("1234567", "1.234567e+06")]
    [InlineData("999999.9", "999999.9")]
    [InlineData("9999999", "9.999999e+06")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00012345", "0.00012345")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("1e-45", "1e-45")]
    [InlineData("1e-46", "0")]
    [InlineData("3.4028235e38", "3.4028235e+38")]
    [InlineData("3.5e38", "+Inf")]
    [InlineData("16777217", "1.6777216e+07")]
    [InlineData("2.5e-7", "2.5e-07")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("-0.0", "-0")]
    [InlineData("0.3", "0.3")]
    [InlineData("1e21", "1e+21")]
    [InlineData("12345.678", "12345.678")]
    [InlineData("33554431", "3.3554432e+07")]
    [InlineData("0.000123456789", "0.00012345679")]
    [InlineData("6.02214076e23", "6.0221406e+23")]
    [InlineData("1.17549435e-38", "1.1754944e-38")]
    [InlineData("1e6", "1e+06")]
    [InlineData("7.0e-10", "7e-10")]
    [InlineData("65504.0", "65504")]
    public void FormatFloat32_Value_MatchesGo(string input, string expected) =>
        Assert.Equal(expected, StringMapCoercion.FormatFloat32(double.Parse(input, CultureInfo.InvariantCulture)));

    [Fact]
    public void FormatFloat32_NonFiniteValues_UseGoSpelling()
    {
        Assert.Equal("+Inf", StringMapCoercion.FormatFloat32(double.PositiveInfinity));
        Assert.Equal("-Inf", StringMapCoercion.FormatFloat32(double.NegativeInfinity));
        Assert.Equal("NaN", StringMapCoercion.FormatFloat32(double.NaN));
    }

    [Fact]
    public void KeyText_NonFiniteFloat_UsesYamlSpelling()
    {
        Assert.Equal(".inf", StringMapCoercion.KeyText(double.PositiveInfinity));
        Assert.Equal("-.inf", StringMapCoercion.KeyText(double.NegativeInfinity));
        Assert.Equal(".nan", StringMapCoercion.KeyText(double.NaN));
    }

    [Fact]
    public void KeyText_NullOrUnsignedKey_IsUnsupported()
    {
        Assert.Null(StringMapCoercion.KeyText(null));
        Assert.Null(StringMapCoercion.KeyText(ulong.MaxValue));
    }

    [Fact]
    public void ValueText_Null_IsEmpty() => Assert.Equal("", StringMapCoercion.ValueText(null));
}
