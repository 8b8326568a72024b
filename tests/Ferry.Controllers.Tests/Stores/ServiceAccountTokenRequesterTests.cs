using Ferry.Controllers.Stores;
using Ferry.Controllers.Tests.Operator;
using Ferry.Providers;
using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Controllers.Tests.Stores;

[Collection(OperatorCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ServiceAccountTokenRequesterTests(OperatorCluster cluster)
{
    [Fact]
    public async Task RequestToken_ExistingServiceAccount_ReturnsATokenWithItsExpiry()
    {
        var ns = await cluster.CreateNamespaceAsync("sa-token");
        await cluster.Client.CreateAsync(ResourceType.For<V1ServiceAccount>(), new V1ServiceAccount
        {
            Metadata = new V1ObjectMeta { Name = "workload", NamespaceProperty = ns },
        }, CancellationToken.None);
        var requester = new ServiceAccountTokenRequester(cluster.Client.Kubernetes, TimeProvider.System);

        var token = await requester.RequestTokenAsync(ns, "workload", ["vault"], 600, CancellationToken.None);

        Assert.NotEqual(0, token.Token.Length);
        Assert.True(token.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task RequestToken_MissingServiceAccount_ThrowsProviderExceptionNamingIt()
    {
        var ns = await cluster.CreateNamespaceAsync("sa-missing");
        var requester = new ServiceAccountTokenRequester(cluster.Client.Kubernetes, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => requester.RequestTokenAsync(ns, "ghost", [], 600, CancellationToken.None).AsTask());

        Assert.Contains($"{ns}/ghost", error.Message, StringComparison.Ordinal);
    }
}
