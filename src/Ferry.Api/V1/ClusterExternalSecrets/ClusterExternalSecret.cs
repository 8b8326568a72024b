using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("Creates the same ExternalSecret in every namespace its selectors match.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Cluster, ShortNames = ["ces"], Categories = ["external-secrets"])]
[UnservedVersion("v1beta1")]
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

    [Description("The versioned schema of this object, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [Description("The REST resource this object represents, always ClusterExternalSecret.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("Standard Kubernetes object metadata: name, namespace, labels, annotations and so on.")]
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [Description("The ExternalSecret to stamp out and the namespaces that receive it.")]
    [JsonPropertyName("spec")]
    public ClusterExternalSecretSpec Spec { get; set; } = new();

    [Description("Which namespaces received the ExternalSecret and which did not.")]
    [JsonPropertyName("status")]
    public ClusterExternalSecretStatus? Status { get; set; }
}
