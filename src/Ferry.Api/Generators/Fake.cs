using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

[Description("Returns a fixed map of values; meant for tests and demos.")]
[KubernetesEntity(Group = KubeGroup, ApiVersion = KubeApiVersion, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource(Scope = ResourceScope.Namespaced, Categories = ["external-secrets", "external-secrets-generators"])]
public sealed class Fake : IKubernetesObject<V1ObjectMeta>, ISpec<FakeSpec>
{
    public const string KubeGroup = "generators.external-secrets.io";

    /// <summary>The version alone, as KubernetesClient's models name it.</summary>
    public const string KubeApiVersion = "v1alpha1";

    /// <summary>The manifest's <c>apiVersion</c>: group/version.</summary>
    public const string GroupVersion = KubeGroup + "/" + KubeApiVersion;

    public const string KubeKind = "Fake";

    public const string KubePluralName = "fakes";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public FakeSpec Spec { get; set; } = new();
}
