using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("Creates the same ExternalSecret in every namespace its selectors match.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Cluster, ShortNames = ["ces"], Categories = ["external-secrets"])]
[PrinterColumn("Store", "string", ".spec.externalSecretSpec.secretStoreRef.name", Order = 0)]
[PrinterColumn("Refresh Interval", "string", ".spec.refreshTime", Order = 1)]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", Order = 2)]
public sealed class ClusterExternalSecret : IKubernetesObject<V1ObjectMeta>, ISpec<ClusterExternalSecretSpec>, IStatus<ClusterExternalSecretStatus?>
{
    public const string KubeGroup = "external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "ClusterExternalSecret";

    public const string KubePluralName = "clusterexternalsecrets";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public ClusterExternalSecretSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public ClusterExternalSecretStatus? Status { get; set; }
}
