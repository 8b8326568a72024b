using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1Alpha1;

[Description("Writes values of a Kubernetes Secret (or a generator) out to one or more secret stores.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Namespaced, ShortNames = ["ps"], Categories = ["external-secrets"])]
[PrinterColumn("AGE", "date", ".metadata.creationTimestamp", Order = 0)]
[PrinterColumn("Status", "string", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 1)]
[PrinterColumn("Last Sync", "date", ".status.refreshTime", Order = 2)]
public sealed class PushSecret : IKubernetesObject<V1ObjectMeta>, ISpec<PushSecretSpec>, IStatus<PushSecretStatus?>
{
    public const string KubeGroup = "external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1alpha1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "PushSecret";

    public const string KubePluralName = "pushsecrets";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public PushSecretSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public PushSecretStatus? Status { get; set; }
}
