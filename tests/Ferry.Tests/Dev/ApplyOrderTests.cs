using System.Text.Json.Nodes;
using Ferry.Dev;

namespace Ferry.Tests.Dev;

public sealed class ApplyOrderTests
{
    [Fact]
    public void Sort_MixedManifests_NamespacesCrdsCoreObjectsStoresThenRestKeepingFileOrder()
    {
        var manifests = new[]
        {
            Manifest("external-secrets.io/v1", "ExternalSecret", "es-1"),
            Manifest("external-secrets.io/v1", "SecretStore", "store"),
            Manifest("v1", "Secret", "credentials"),
            Manifest("v1", "Namespace", "app"),
            Manifest("external-secrets.io/v1", "ExternalSecret", "es-2"),
            Manifest("apiextensions.k8s.io/v1", "CustomResourceDefinition", "widgets.example.com"),
            Manifest("external-secrets.io/v1", "ClusterSecretStore", "cluster-store"),
            Manifest("v1", "ServiceAccount", "reader"),
        };

        var sorted = ApplyOrder.Sort(manifests).Select(m => m.Name);

        Assert.Equal(["app", "widgets.example.com", "credentials", "reader", "store", "cluster-store", "es-1", "es-2"], sorted);
    }

    [Fact]
    public void Rank_KindOfAnotherGroup_IsNotMistakenForAStore()
    {
        Assert.Equal(ApplyOrder.Rest, ApplyOrder.Rank(Manifest("example.com/v1", "SecretStore", "lookalike")));
        Assert.Equal(ApplyOrder.Rest, ApplyOrder.Rank(Manifest("external-secrets.io/v1beta1", "SecretStore", "old")));
    }

    private static ManifestObject Manifest(string apiVersion, string kind, string name) => new("test.yaml", 1, new JsonObject
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["metadata"] = new JsonObject { ["name"] = name },
    });
}
