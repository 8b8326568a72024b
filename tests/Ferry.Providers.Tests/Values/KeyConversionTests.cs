using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class KeyConversionTests
{
    [Theory]
    [InlineData(null, "foo/bar", "foo_bar")]
    [InlineData(ExternalSecretConversionStrategy.Default, "a b@c", "a_b_c")]
    [InlineData(ExternalSecretConversionStrategy.Default, "ok-key_1.x", "ok-key_1.x")]
    [InlineData(ExternalSecretConversionStrategy.Default, "ключ½", "ключ½")]
    [InlineData(ExternalSecretConversionStrategy.Unicode, "foo/bar", "foo_U002f_bar")]
    [InlineData(ExternalSecretConversionStrategy.Unicode, "a😀", "a_U1f600_")]
    [InlineData(ExternalSecretConversionStrategy.Unicode, "x y", "x_U0020_y")]
    public void ConvertKey_Strategy_MatchesEso(ExternalSecretConversionStrategy? strategy, string key, string expected)
    {
        Assert.Equal(expected, KeyConversion.ConvertKey(strategy, key));
    }

    [Fact]
    public void ConvertKeys_TwoKeysCollide_Throws()
    {
        var values = new Dictionary<string, SecretValue> { ["a/b"] = SecretValue.Empty, ["a@b"] = SecretValue.Empty };

        var error = Assert.Throws<ProviderException>(() => KeyConversion.ConvertKeys(null, values));

        Assert.Equal("secret name collision during conversion: a_b", error.Message);
    }

    [Theory]
    [InlineData(PushSecretConversionStrategy.ReverseUnicode, "foo_U002f_bar", "foo/bar")]
    [InlineData(PushSecretConversionStrategy.ReverseUnicode, "a_U1f600_", "a😀")]
    [InlineData(PushSecretConversionStrategy.ReverseUnicode, "_U002F__U0040_", "/@")]
    [InlineData(PushSecretConversionStrategy.ReverseUnicode, "_U00_", "_U00_")]
    [InlineData(PushSecretConversionStrategy.None, "foo_U002f_bar", "foo_U002f_bar")]
    [InlineData(null, "foo_U002f_bar", "foo_U002f_bar")]
    public void ReverseKey_Strategy_UndoesUnicodeConversion(PushSecretConversionStrategy? strategy, string key, string expected)
    {
        Assert.Equal(expected, KeyConversion.ReverseKey(strategy, key));
    }
}
