using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1Alpha1;

[Description("Creates the same PushSecret in every namespace its selectors match.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Cluster, Categories = ["external-secrets"])]
[PrinterColumn("AGE", "date", ".metadata.creationTimestamp", Order = 0)]
[PrinterColumn("Status", "string", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 1)]
public sealed class ClusterPushSecret : IKubernetesObject<V1ObjectMeta>, ISpec<ClusterPushSecretSpec>, IStatus<ClusterPushSecretStatus?>
{
    public const string KubeGroup = "external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1alpha1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "ClusterPushSecret";

    public const string KubePluralName = "clusterpushsecrets";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public ClusterPushSecretSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public ClusterPushSecretStatus? Status { get; set; }
}
