using Ferry.Api.V1;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class NullBytesTests
{
    private static readonly SecretValue WithNull = SecretValue.FromBytes([0x41, 0x00, 0x42]);

    [Theory]
    [InlineData(null)]
    [InlineData(ExternalSecretNullBytePolicy.Ignore)]
    public void Check_PolicyNotFail_AllowsNullBytes(ExternalSecretNullBytePolicy? policy)
    {
        NullBytes.Check(policy, "payload", WithNull);
    }

    [Fact]
    public void Check_FailAndNullByte_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<ProviderException>(() => NullBytes.Check(ExternalSecretNullBytePolicy.Fail, "payload", WithNull));

        Assert.Equal("fetched secret value for key \"payload\" contains null bytes", error.Message);
    }

    [Fact]
    public void Check_FailWithoutNullByte_Passes()
    {
        NullBytes.Check(ExternalSecretNullBytePolicy.Fail, "payload", SecretValue.FromString("QQBC"));
    }

    [Fact]
    public void CheckMap_SeveralOffenders_ReportsFirstInOrdinalOrder()
    {
        var values = new Dictionary<string, SecretValue> { ["zeta"] = WithNull, ["alpha"] = WithNull, ["safe"] = SecretValue.FromString("v") };

        var error = Assert.Throws<ProviderException>(() => NullBytes.CheckMap(ExternalSecretNullBytePolicy.Fail, values));

        Assert.Contains("\"alpha\"", error.Message, StringComparison.Ordinal);
    }
}
