using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

public sealed class VaultStoreValidationTests
{
    private readonly VaultSecretsProvider _provider = new();

    [Fact]
    public void ValidateStore_TokenAuth_IsValid() =>
        Assert.True(Validate(Spec(new VaultAuth { TokenSecretRef = Ref(null) })).IsValid);

    [Fact]
    public void ValidateStore_NoAuth_FailsWithEsoMessage() =>
        Assert.Equal("cannot initialize Vault client: no valid auth method specified", Validate(Spec(new VaultAuth())).Error);

    [Fact]
    public void ValidateStore_ServerNotAUrl_Fails() =>
        Assert.NotNull(Validate(new VaultProvider { Server = "vault:8200", Auth = new VaultAuth { TokenSecretRef = Ref(null) } }).Error);

    [Fact]
    public void ValidateStore_NamespacedStoreReferencingOtherNamespace_Fails() =>
        Assert.Equal(SecretReferenceScope.NamespaceNotAllowedMessage, Validate(Spec(new VaultAuth { TokenSecretRef = Ref("other") })).Error);

    [Fact]
    public void ValidateStore_ClusterStoreReferencingAnyNamespace_IsValid() =>
        Assert.True(Validate(Spec(new VaultAuth { TokenSecretRef = Ref("other") }), SecretStoreKind.ClusterSecretStore).IsValid);

    [Fact]
    public void ValidateStore_AppRoleWithoutRoleId_Fails() =>
        Assert.Equal("vault appRole: roleId or roleRef must be set", Validate(Spec(new VaultAuth { AppRole = new VaultAppRole { SecretRef = Ref(null) } })).Error);

    [Fact]
    public void ValidateStore_IamAuth_IsReportedAsNotSupported() =>
        Assert.Contains("not supported", Validate(Spec(new VaultAuth { Iam = new VaultIamAuth { VaultRole = "r" } })).Error, StringComparison.Ordinal);

    private StoreValidation Validate(VaultProvider spec, SecretStoreKind kind = SecretStoreKind.SecretStore) =>
        _provider.ValidateStore(TestStores.Identity(kind: kind), new SecretStoreSpec { Provider = new SecretStoreProvider { Vault = spec } });

    private static VaultProvider Spec(VaultAuth auth) => new() { Server = "https://vault:8200", Auth = auth };

    private static SecretKeySelector Ref(string? ns) => new() { Name = "s", Key = "k", Namespace = ns };
}
