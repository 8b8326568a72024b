using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("Tells how to reach and authenticate to an external secret store; usable from its own namespace.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Namespaced, ShortNames = ["ss"], Categories = ["external-secrets"])]
[PrinterColumn("AGE", "date", ".metadata.creationTimestamp", Order = 0)]
[PrinterColumn("Status", "string", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 1)]
[PrinterColumn("Capabilities", "string", ".status.capabilities", Order = 2)]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", Order = 3)]
public sealed class SecretStore : IKubernetesObject<V1ObjectMeta>, ISpec<SecretStoreSpec>, IStatus<SecretStoreStatus?>
{
    public const string KubeGroup = "external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "SecretStore";

    public const string KubePluralName = "secretstores";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public SecretStoreSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public SecretStoreStatus? Status { get; set; }
}
