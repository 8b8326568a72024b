using Ferry.Providers.Gcp;

namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpSecretManagerProviderOptionsTests
{
    [Fact]
    public void EndpointFromEnvironment_Unset_IsNullSoGooglesEndpointsApply()
    {
        Assert.Null(GcpSecretManagerProviderOptions.EndpointFromEnvironment(_ => null));
        Assert.Null(GcpSecretManagerProviderOptions.EndpointFromEnvironment(_ => " "));
    }

    [Fact]
    public void EndpointFromEnvironment_GcloudVariableSet_IsThatBaseUrl()
    {
        var endpoint = GcpSecretManagerProviderOptions.EndpointFromEnvironment(name =>
            name == "CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER" ? "https://secretmanager-psc.p.googleapis.com/" : null);

        Assert.Equal(new Uri("https://secretmanager-psc.p.googleapis.com/"), endpoint);
    }

    [Theory]
    [InlineData("secretmanager.internal:443")]
    [InlineData("ftp://secretmanager.internal/")]
    public void EndpointFromEnvironment_NotAnHttpUrl_FailsNamingTheVariable(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => GcpSecretManagerProviderOptions.EndpointFromEnvironment(_ => value));

        Assert.Contains(GcpSecretManagerProviderOptions.EndpointVariable, error.Message, StringComparison.Ordinal);
    }
}
