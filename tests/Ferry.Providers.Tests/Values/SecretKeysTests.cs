using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class SecretKeysTests
{
    [Fact]
    public void Validate_EmptyKey_DroppedSilently()
    {
        var values = new Dictionary<string, SecretValue> { [""] = SecretValue.Empty, ["ok"] = SecretValue.Empty };

        Assert.Equal(["ok"], SecretKeys.Validate(values).Keys);
    }

    [Theory]
    [InlineData("a/b", "key has invalid character /, only alphanumeric, '-', '.' and '_' are allowed: a/b")]
    [InlineData("a b", "key has invalid character  , only alphanumeric, '-', '.' and '_' are allowed: a b")]
    public void Validate_InvalidCharacter_ThrowsWithEsoMessage(string key, string detail)
    {
        var values = new Dictionary<string, SecretValue> { [key] = SecretValue.Empty };

        var error = Assert.Throws<ProviderException>(() => SecretKeys.Validate(values));

        Assert.Equal($"{SecretKeys.WrapMessage}: {detail}", error.Message);
    }

    [Fact]
    public void Validate_KeyLongerThan253_Throws()
    {
        var values = new Dictionary<string, SecretValue> { [new string('k', 254)] = SecretValue.Empty };

        var error = Assert.Throws<ProviderException>(() => SecretKeys.Validate(values));

        Assert.Contains("key has length 254 but max is 253", error.Message, StringComparison.Ordinal);
    }
}
