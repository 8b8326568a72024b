using Ferry.Controllers.Operator;

namespace Ferry.Controllers.Tests.Operator;

public sealed class DiagnosticsAddressTests
{
    [Theory]
    [InlineData(":8080", "http://+:8080/")]
    [InlineData("0.0.0.0:8082", "http://+:8082/")]
    [InlineData("127.0.0.1:9000", "http://127.0.0.1:9000/")]
    [InlineData("localhost:9000", "http://localhost:9000/")]
    public void ToPrefix_EsoBindAddress_BecomesListenerPrefix(string address, string prefix) =>
        Assert.Equal(prefix, DiagnosticsAddress.ToPrefix(address));

    [Fact]
    public void ToPrefix_Zero_TurnsTheEndpointOff() => Assert.Null(DiagnosticsAddress.ToPrefix("0"));

    [Theory]
    [InlineData("8080")]
    [InlineData(":http")]
    [InlineData(":70000")]
    public void ToPrefix_NotAnAddress_Throws(string address) =>
        Assert.Throws<FormatException>(() => DiagnosticsAddress.ToPrefix(address));
}
