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

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1alpha1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "GeneratorState";

    public const string KubePluralName = "generatorstates";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public GeneratorStateSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public GeneratorStateStatus? Status { get; set; }
}
