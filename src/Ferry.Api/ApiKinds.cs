using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Ferry.Api.Schema;
using Ferry.Api.Serialization;
using k8s.Models;

namespace Ferry.Api;

/// <summary>The kinds Ferry serves, for the CRD generator, <c>ferry validate</c> and the controllers' watches.</summary>
public static class ApiKinds
{
    /// <summary>Every kind, in a stable order: external-secrets.io v1, then v1alpha1, then the generators.</summary>
    public static IReadOnlyList<ApiKind> All { get; } =
    [
        Create(FerryJsonContext.Default.ExternalSecret, FerryJsonContext.Default.ExternalSecretList),
        Create(FerryJsonContext.Default.SecretStore, FerryJsonContext.Default.SecretStoreList),
        Create(FerryJsonContext.Default.ClusterSecretStore, FerryJsonContext.Default.ClusterSecretStoreList),
        Create(FerryJsonContext.Default.ClusterExternalSecret, FerryJsonContext.Default.ClusterExternalSecretList),
        Create(FerryJsonContext.Default.PushSecret, FerryJsonContext.Default.PushSecretList),
        Create(FerryJsonContext.Default.ClusterPushSecret, FerryJsonContext.Default.ClusterPushSecretList),
        Create(FerryJsonContext.Default.Password, FerryJsonContext.Default.PasswordList),
        Create(FerryJsonContext.Default.UUID, FerryJsonContext.Default.UUIDList),
        Create(FerryJsonContext.Default.Fake, FerryJsonContext.Default.FakeList),
        Create(FerryJsonContext.Default.ClusterGenerator, FerryJsonContext.Default.ClusterGeneratorList),
        Create(FerryJsonContext.Default.GeneratorState, FerryJsonContext.Default.GeneratorStateList),
    ];

    // Declared after All: static initializers run in source order.
    private static readonly FrozenDictionary<(string ApiVersion, string Kind), ApiKind> ByApiVersionAndKind =
        All.ToFrozenDictionary(kind => (kind.ApiVersion, kind.Kind));

    /// <summary>The kind a manifest's <c>apiVersion</c> and <c>kind</c> name, or null when Ferry does not serve it.</summary>
    public static ApiKind? Find(string? apiVersion, string? kind) =>
        apiVersion is not null && kind is not null && ByApiVersionAndKind.TryGetValue((apiVersion, kind), out var found)
            ? found
            : null;

    // The coordinates come from the type's own attributes, so they are stated once.
    private static ApiKind Create<TObject, TList>(JsonTypeInfo<TObject> typeInfo, JsonTypeInfo<TList> listTypeInfo)
    {
        var entity = typeof(TObject).GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException($"{typeof(TObject)} lacks [KubernetesEntity]");
        var resource = typeof(TObject).GetCustomAttribute<CustomResourceAttribute>()
            ?? throw new InvalidOperationException($"{typeof(TObject)} lacks [CustomResource]");
        return new ApiKind(entity.Group, entity.ApiVersion, entity.Kind, entity.PluralName, resource.Scope, typeof(TObject), typeInfo, listTypeInfo);
    }
}
