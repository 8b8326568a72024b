using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;
using Ferry.Api.Generators;
using Ferry.Api.Schema;
using Ferry.Api.Serialization;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Api;

/// <summary>The kinds Ferry serves, for the CRD generator, <c>ferry validate</c> and the controllers' watches.</summary>
public static class ApiKinds
{
    /// <summary>Every kind, in a stable order: external-secrets.io v1, then v1alpha1, then the generators.</summary>
    public static IReadOnlyList<ApiKind> All { get; } =
    [
        Create<ExternalSecret, ExternalSecretList>(ExternalSecret.KubeGroup, ExternalSecret.KubeVersion, ExternalSecret.KubeKind, ExternalSecret.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.ExternalSecret, FerryJsonContext.Default.ExternalSecretList),
        Create<SecretStore, SecretStoreList>(SecretStore.KubeGroup, SecretStore.KubeVersion, SecretStore.KubeKind, SecretStore.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.SecretStore, FerryJsonContext.Default.SecretStoreList),
        Create<ClusterSecretStore, ClusterSecretStoreList>(ClusterSecretStore.KubeGroup, ClusterSecretStore.KubeVersion, ClusterSecretStore.KubeKind, ClusterSecretStore.KubePluralName, ResourceScope.Cluster, FerryJsonContext.Default.ClusterSecretStore, FerryJsonContext.Default.ClusterSecretStoreList),
        Create<ClusterExternalSecret, ClusterExternalSecretList>(ClusterExternalSecret.KubeGroup, ClusterExternalSecret.KubeVersion, ClusterExternalSecret.KubeKind, ClusterExternalSecret.KubePluralName, ResourceScope.Cluster, FerryJsonContext.Default.ClusterExternalSecret, FerryJsonContext.Default.ClusterExternalSecretList),
        Create<PushSecret, PushSecretList>(PushSecret.KubeGroup, PushSecret.KubeVersion, PushSecret.KubeKind, PushSecret.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.PushSecret, FerryJsonContext.Default.PushSecretList),
        Create<ClusterPushSecret, ClusterPushSecretList>(ClusterPushSecret.KubeGroup, ClusterPushSecret.KubeVersion, ClusterPushSecret.KubeKind, ClusterPushSecret.KubePluralName, ResourceScope.Cluster, FerryJsonContext.Default.ClusterPushSecret, FerryJsonContext.Default.ClusterPushSecretList),
        Create<Password, PasswordList>(Password.KubeGroup, Password.KubeVersion, Password.KubeKind, Password.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.Password, FerryJsonContext.Default.PasswordList),
        Create<UUID, UUIDList>(UUID.KubeGroup, UUID.KubeVersion, UUID.KubeKind, UUID.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.UUID, FerryJsonContext.Default.UUIDList),
        Create<Fake, FakeList>(Fake.KubeGroup, Fake.KubeVersion, Fake.KubeKind, Fake.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.Fake, FerryJsonContext.Default.FakeList),
        Create<ClusterGenerator, ClusterGeneratorList>(ClusterGenerator.KubeGroup, ClusterGenerator.KubeVersion, ClusterGenerator.KubeKind, ClusterGenerator.KubePluralName, ResourceScope.Cluster, FerryJsonContext.Default.ClusterGenerator, FerryJsonContext.Default.ClusterGeneratorList),
        Create<GeneratorState, GeneratorStateList>(GeneratorState.KubeGroup, GeneratorState.KubeVersion, GeneratorState.KubeKind, GeneratorState.KubePluralName, ResourceScope.Namespaced, FerryJsonContext.Default.GeneratorState, FerryJsonContext.Default.GeneratorStateList),
    ];

    // Declared after All: static initializers run in source order.
    private static readonly FrozenDictionary<(string ApiVersion, string Kind), ApiKind> ByApiVersionAndKind =
        All.ToFrozenDictionary(kind => (kind.ApiVersion, kind.Kind));

    /// <summary>The kind a manifest's <c>apiVersion</c> and <c>kind</c> name, or null when Ferry does not serve it.</summary>
    public static ApiKind? Find(string? apiVersion, string? kind) =>
        apiVersion is not null && kind is not null && ByApiVersionAndKind.TryGetValue((apiVersion, kind), out var found)
            ? found
            : null;

    private static ApiKind Create<TObject, TList>(
        string group,
        string version,
        string kind,
        string plural,
        ResourceScope scope,
        JsonTypeInfo<TObject> typeInfo,
        JsonTypeInfo<TList> listTypeInfo) =>
        new(group, version, kind, plural, scope, typeof(TObject), typeInfo, listTypeInfo);
}
