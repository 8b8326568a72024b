using System.Text.Json.Nodes;
using Ferry.Api.V1;
using k8s;

namespace Ferry.Dev;

/// <summary>
/// One line of the live view: an ExternalSecret (with its store and refresh interval) or a store (with its
/// provider). Only these columns are compared, so a status write that changes nothing visible (refreshTime) is no
/// change.
/// </summary>
internal sealed record StatusRow(string Kind, string? Namespace, string Name, string Source, string Refresh, string Status, string Ready)
{
    public const string Pending = "-";

    public string Key => $"{Kind}/{Namespace}/{Name}";

    public string Display => Namespace is null ? Name : $"{Namespace}/{Name}";

    public bool IsExternalSecret => Kind == ExternalSecret.KubeKind;

    public static StatusRow From(ExternalSecret externalSecret)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var storeRef = externalSecret.Spec.SecretStoreRef;
        var storeKind = storeRef?.Kind ?? SecretStoreKind.SecretStore;
        var store = storeRef?.Name is { } name ? $"{storeKind}/{name}" : Pending;
        var ready = externalSecret.Status?.Conditions?.FirstOrDefault(c => c.Type == ExternalSecretConditionType.Ready);
        return new StatusRow(
            ExternalSecret.KubeKind, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, store,
            externalSecret.Spec.RefreshInterval ?? Pending, ready?.Reason ?? Pending, ready?.Status ?? Pending);
    }

    public static StatusRow From(string kind, string? ns, string name, SecretStoreProvider? provider, SecretStoreStatus? status)
    {
        var ready = status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        return new StatusRow(kind, ns, name, ProviderName(provider), Pending, ready?.Reason ?? Pending, ready?.Status ?? Pending);
    }

    /// <summary>The provider a store names: the one key set under spec.provider.</summary>
    private static string ProviderName(SecretStoreProvider? provider) =>
        provider is not null && JsonNode.Parse(KubernetesJson.Serialize(provider)) is JsonObject fields && fields.Count > 0
            ? string.Join(",", fields.Select(field => field.Key))
            : Pending;
}
