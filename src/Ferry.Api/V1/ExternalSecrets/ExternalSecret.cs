using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("Reads values from an external secret store and writes them into a Kubernetes Secret.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Namespaced, ShortNames = ["es"], Categories = ["external-secrets"])]
[PrinterColumn("StoreType", "string", ".spec.secretStoreRef.kind", Order = 0)]
[PrinterColumn("Store", "string", ".spec.secretStoreRef.name", Order = 1)]
[PrinterColumn("Refresh Interval", "string", ".spec.refreshInterval", Order = 2)]
[PrinterColumn("Status", "string", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 3)]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", Order = 4)]
[PrinterColumn("Last Sync", "date", ".status.refreshTime", Order = 5)]
[SelectableField(".spec.secretStoreRef.name", Order = 0)]
[SelectableField(".spec.secretStoreRef.kind", Order = 1)]
[SelectableField(".spec.target.name", Order = 2)]
[SelectableField(".spec.refreshInterval", Order = 3)]
public sealed class ExternalSecret : IKubernetesObject<V1ObjectMeta>, ISpec<ExternalSecretSpec>, IStatus<ExternalSecretStatus?>
{
    public const string KubeGroup = "external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "ExternalSecret";

    public const string KubePluralName = "externalsecrets";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public ExternalSecretSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public ExternalSecretStatus? Status { get; set; }
}
