using Ferry.Api.V1;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class SecretDecodingTests
{
    [Theory]
    [InlineData(null, "dGVzdA==", "dGVzdA==")]
    [InlineData(ExternalSecretDecodingStrategy.None, "dGVzdA==", "dGVzdA==")]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "dGVzdA==", "test")]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "dGVz\r\ndA==", "test")]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "", "")]
    [InlineData(ExternalSecretDecodingStrategy.Base64Url, "Pz8_Pw==", "????")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "dGVzdA==", "test")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "Pz8_Pw==", "????")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "Pz8/Pw==", "????")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "hello", "hello")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "dGVzdA", "dGVzdA")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "dGVz dA==", "dGVz dA==")]
    [InlineData(ExternalSecretDecodingStrategy.Auto, "a=bc", "a=bc")]
    public void Decode_Strategy_MatchesEso(ExternalSecretDecodingStrategy? strategy, string input, string expected)
    {
        var decoded = SecretDecoding.Decode(strategy, SecretValue.FromString(input));

        Assert.Equal(expected, decoded.Reveal());
    }

    [Fact]
    public void Decode_AutoOnDecodableText_DecodesEvenWhenTheResultIsBinary()
    {
        var decoded = SecretDecoding.Decode(ExternalSecretDecodingStrategy.Auto, SecretValue.FromString("test"));

        Assert.Equal([0xb5, 0xeb, 0x2d], decoded.ToArray());
    }

    [Theory]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "dGVzdA")]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "Pz8_Pw==")]
    [InlineData(ExternalSecretDecodingStrategy.Base64Url, "Pz8/Pw==")]
    [InlineData(ExternalSecretDecodingStrategy.Base64, "dG==dA==")]
    public void Decode_InvalidInput_Throws(ExternalSecretDecodingStrategy strategy, string input)
    {
        Assert.Throws<ProviderException>(() => SecretDecoding.Decode(strategy, SecretValue.FromString(input)));
    }

    [Fact]
    public void DecodeMap_InvalidValue_NamesTheKeyNotTheValue()
    {
        var values = new Dictionary<string, SecretValue> { ["good"] = SecretValue.FromString("dGVzdA=="), ["bad"] = SecretValue.FromString("s3cr3t!") };

        var error = Assert.Throws<ProviderException>(() => SecretDecoding.DecodeMap(ExternalSecretDecodingStrategy.Base64, values));

        Assert.StartsWith("failure decoding key bad:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }
}
