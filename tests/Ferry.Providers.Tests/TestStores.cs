using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Fake;

namespace Ferry.Providers.Tests;

/// <summary>Builders for store identities and contexts used across the provider tests.</summary>
internal static class TestStores
{
    public static StoreIdentity Identity(string name = "store", string? ns = "default", SecretStoreKind kind = SecretStoreKind.SecretStore) =>
        new(kind, kind == SecretStoreKind.ClusterSecretStore ? null : ns, name, $"uid-{name}");

    public static StoreContext Fake(IEnumerable<FakeProviderData> data, StoreIdentity? identity = null, int? validationResult = null) => new(
        identity ?? Identity(),
        new SecretStoreSpec { Provider = new SecretStoreProvider { Fake = new FakeProvider { Data = [.. data], ValidationResult = validationResult } } },
        "default",
        NoCredentials.Instance);

    public static FakeProviderData Data(string key, string value, string? version = null) =>
        new() { Key = key, Value = value, Version = version };
}
