using Ferry.Api.V1;

namespace Ferry.Providers.Tests;

public sealed class SecretReferenceScopeTests
{
    private static readonly StoreIdentity Namespaced = TestStores.Identity("ss", "team-a");
    private static readonly StoreIdentity Cluster = TestStores.Identity("css", kind: SecretStoreKind.ClusterSecretStore);

    [Theory]
    [InlineData(null, "team-a")]
    [InlineData("", "team-a")]
    [InlineData("team-a", "team-a")]
    public void ResolveNamespace_SecretStore_AlwaysItsOwnNamespace(string? selectorNamespace, string expected)
    {
        Assert.Equal(expected, SecretReferenceScope.ResolveNamespace(Namespaced, "team-a", selectorNamespace));
    }

    [Fact]
    public void ResolveNamespace_SecretStoreNamingAnotherNamespace_Throws()
    {
        var error = Assert.Throws<ProviderException>(() => SecretReferenceScope.ResolveNamespace(Namespaced, "team-a", "team-b"));

        Assert.Equal(SecretReferenceScope.NamespaceNotAllowedMessage, error.Message);
    }

    [Theory]
    [InlineData("creds", "consumer", "creds")]
    [InlineData(null, "consumer", "consumer")]
    public void ResolveNamespace_ClusterStore_SelectorWinsElseConsumer(string? selectorNamespace, string consumer, string expected)
    {
        Assert.Equal(expected, SecretReferenceScope.ResolveNamespace(Cluster, consumer, selectorNamespace));
    }

    [Fact]
    public void ResolveNamespace_ClusterStoreWithoutAnyNamespace_Throws()
    {
        var error = Assert.Throws<ProviderException>(() => SecretReferenceScope.ResolveNamespace(Cluster, null, null));

        Assert.Equal(SecretReferenceScope.ClusterScopeRequiresNamespaceMessage, error.Message);
    }
}
