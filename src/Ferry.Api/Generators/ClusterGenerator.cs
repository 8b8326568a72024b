using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

[Description("A cluster-wide generator that wraps the spec of one namespaced generator kind.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Cluster, Categories = ["external-secrets", "external-secrets-generators"])]
public sealed class ClusterGenerator : IKubernetesObject<V1ObjectMeta>, ISpec<ClusterGeneratorSpec>
{
    public const string KubeGroup = "generators.external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1alpha1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "ClusterGenerator";

    public const string KubePluralName = "clustergenerators";

    [Description("The versioned schema of this object, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [Description("The REST resource this object represents, always ClusterGenerator.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("Standard Kubernetes object metadata: name, namespace, labels, annotations and so on.")]
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [Description("The generator kind this cluster-wide generator wraps, together with that generator's settings.")]
    [JsonPropertyName("spec")]
    public ClusterGeneratorSpec Spec { get; set; } = new();
}
