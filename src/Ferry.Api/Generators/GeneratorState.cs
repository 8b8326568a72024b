using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

[Description("Remembers what a stateful generator produced so it can be cleaned up later.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Namespaced, ShortNames = ["gs"], Categories = ["external-secrets", "external-secrets-generators"], StatusSubresource = false)]
[PrinterColumn("GC Deadline", "string", ".spec.garbageCollectionDeadline", Order = 0)]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", Order = 1)]
public sealed class GeneratorState : IKubernetesObject<V1ObjectMeta>, ISpec<GeneratorStateSpec>, IStatus<GeneratorStateStatus?>
{
    public const string KubeGroup = "generators.external-secrets.io";

    public const string KubeVersion = "v1alpha1";

    public const string KubeApiVersion = KubeGroup + "/" + KubeVersion;

    public const string KubeKind = "GeneratorState";

    public const string KubePluralName = "generatorstates";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = KubeApiVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public GeneratorStateSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public GeneratorStateStatus? Status { get; set; }
}
