using Ferry.Controllers.Stores;

namespace Ferry.Controllers.Tests.Stores;

public sealed class StoreResolutionTests
{
    [Fact]
    public void Constructor_RefusedOutcome_CarriesNoClient()
    {
        var resolution = new StoreResolution(StoreResolutionOutcome.NamespaceRefused, "namespace is not allowed");

        Assert.Null(resolution.Lease);
        Assert.Equal("namespace is not allowed", resolution.Message);
    }
}
