using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Kubernetes;
using Ferry.Providers.Kubernetes;

namespace Ferry.Providers.Tests.Kubernetes;

public sealed class KubernetesStoreValidatorTests
{
    private static readonly StoreIdentity Namespaced = new(SecretStoreKind.SecretStore, "team", "store", "uid");
    private static readonly StoreIdentity Cluster = new(SecretStoreKind.ClusterSecretStore, null, "store", "uid");

    [Fact]
    public void ValidateStore_ClusterStoreCaProviderWithoutNamespace_IsInvalid()
    {
        var spec = Spec(caProvider: new CaProvider { Name = "ca", Key = "ca.crt", Type = CaProviderType.Secret });

        Assert.Equal("CAProvider.namespace must not be empty with ClusterSecretStore", Validate(Cluster, spec).Error);
    }

    [Fact]
    public void ValidateStore_SecretStoreCaProviderWithNamespace_IsInvalid()
    {
        var spec = Spec(caProvider: new CaProvider { Name = "ca", Key = "ca.crt", Namespace = "x", Type = CaProviderType.Secret });

        Assert.Equal("CAProvider.namespace must be empty with SecretStore", Validate(Namespaced, spec).Error);
    }

    [Theory]
    [InlineData(null, "token", "BearerToken.Name cannot be empty")]
    [InlineData("t", null, "BearerToken.Key cannot be empty")]
    public void ValidateStore_TokenSelectorIncomplete_IsInvalid(string? name, string? key, string expected)
    {
        var spec = Spec(new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = name, Key = key } } });

        Assert.Equal(expected, Validate(Namespaced, spec).Error);
    }

    [Fact]
    public void ValidateStore_CertSelectorWithoutName_IsInvalid()
    {
        var spec = Spec(new KubernetesAuth { Cert = new CertAuth { ClientCert = new SecretKeySelector { Key = "tls.crt" } } });

        Assert.Equal("ClientCert.Name cannot be empty", Validate(Namespaced, spec).Error);
    }

    [Fact]
    public void ValidateStore_SecretStoreSelectorInAnotherNamespace_IsInvalid()
    {
        var spec = Spec(new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = "t", Key = "k", Namespace = "other" } } });

        Assert.Equal(SecretReferenceScope.NamespaceNotAllowedMessage, Validate(Namespaced, spec).Error);
    }

    [Fact]
    public void ValidateStore_CompleteSpec_IsValid()
    {
        var spec = Spec(new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader" } });

        Assert.True(Validate(Namespaced, spec).IsValid);
        Assert.True(Validate(Cluster, spec).IsValid);
    }

    [Fact]
    public void ValidateStore_OtherProvider_IsInvalid()
    {
        var provider = new KubernetesSecretsProvider(new k8s.Kubernetes(new k8s.KubernetesClientConfiguration { Host = "https://127.0.0.1:1" }));

        Assert.False(provider.ValidateStore(Namespaced, new SecretStoreSpec { Provider = new SecretStoreProvider() }).IsValid);
    }

    private static StoreValidation Validate(StoreIdentity store, KubernetesProvider spec)
    {
        using var local = new k8s.Kubernetes(new k8s.KubernetesClientConfiguration { Host = "https://127.0.0.1:1" });
        return new KubernetesSecretsProvider(local).ValidateStore(store, new SecretStoreSpec { Provider = new SecretStoreProvider { Kubernetes = spec } });
    }

    private static KubernetesProvider Spec(KubernetesAuth? auth = null, CaProvider? caProvider = null) => new()
    {
        Auth = auth,
        Server = new KubernetesServer { Url = "https://remote", CaProvider = caProvider },
    };
}
