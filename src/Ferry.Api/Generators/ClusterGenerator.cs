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

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public ClusterGeneratorSpec Spec { get; set; } = new();
}
