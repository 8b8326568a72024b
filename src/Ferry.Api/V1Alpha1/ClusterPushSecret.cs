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

    [Description("The versioned schema of this object, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [Description("The REST resource this object represents, always ClusterPushSecret.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("Standard Kubernetes object metadata: name, namespace, labels, annotations and so on.")]
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [Description("The PushSecret to stamp out and the namespaces that receive it.")]
    [JsonPropertyName("spec")]
    public ClusterPushSecretSpec Spec { get; set; } = new();

    [Description("Which namespaces received the PushSecret and which did not.")]
    [JsonPropertyName("status")]
    public ClusterPushSecretStatus? Status { get; set; }
}
