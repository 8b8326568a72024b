using Ferry.Api.Schema;
using Ferry.Controllers.SecretStores;

namespace Ferry.Controllers.Tests.SecretStores;

public sealed class StoreRefreshIntervalTests
{
    private static readonly TimeSpan Fallback = TimeSpan.FromMinutes(5);

    [Fact]
    public void Resolve_Unset_UsesTheOperatorInterval() => Assert.Equal(Fallback, StoreRefreshInterval.Resolve(null, Fallback));

    [Fact]
    public void Resolve_IntegerSeconds_IsSeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(90), StoreRefreshInterval.Resolve(IntegerOrString.FromInteger(90), Fallback));

    [Fact]
    public void Resolve_GoDuration_IsParsed() =>
        Assert.Equal(TimeSpan.FromMinutes(90), StoreRefreshInterval.Resolve(IntegerOrString.FromString("1h30m"), Fallback));

    [Theory]
    [InlineData("0")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("soon")]
    public void Resolve_ZeroNegativeOrUnparsable_UsesTheOperatorInterval(string text) =>
        Assert.Equal(Fallback, StoreRefreshInterval.Resolve(IntegerOrString.FromString(text), Fallback));
}
