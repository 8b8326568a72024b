using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Vault;

/// <summary>
/// The float64 texts ESO's Vault GetSecretMap produces (it decodes into float64), checked against Go's
/// strconv.FormatFloat(f, 'f', -1, 64) and encoding/json; Vault now uses the shared <see cref="GoJsonValue"/> forms.
/// </summary>
public sealed class VaultNumberTextTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(5432, "5432")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(0, "0")]
    public void FormatF_Value_MatchesGo(double value, string expected) => Assert.Equal(expected, GoJsonValue.FormatFixed(value));

    [Theory]
    [InlineData(2.5, "2.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(123456789, "123456789")]
    public void FormatJson_Value_MatchesEncodingJson(double value, string expected) => Assert.Equal(expected, GoJsonValue.FormatFloat(value));
}
