using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Runtime.Tests.Cache;

public sealed class MetadataStringsTests
{
    [Fact]
    public void Share_TwoObjectsWithEqualMetadata_HoldOneCopyOfEachRepeatedString()
    {
        var strings = new MetadataStrings();
        var first = Secret("a");
        var second = Secret("b");

        strings.Share(first);
        strings.Share(second);

        Assert.Same(first.ApiVersion, second.ApiVersion);
        Assert.Same(first.Kind, second.Kind);
        Assert.Same(first.Metadata.NamespaceProperty, second.Metadata.NamespaceProperty);
        Assert.Same(first.Metadata.Labels.Single().Key, second.Metadata.Labels.Single().Key);
        Assert.Same(first.Metadata.Labels.Single().Value, second.Metadata.Labels.Single().Value);
        Assert.Same(first.Metadata.Annotations.Single().Key, second.Metadata.Annotations.Single().Key);
        Assert.Same(first.Metadata.Finalizers[0], second.Metadata.Finalizers[0]);
        Assert.Same(first.Metadata.OwnerReferences[0].Kind, second.Metadata.OwnerReferences[0].Kind);
        Assert.Same(first.Metadata.ManagedFields[0].Manager, second.Metadata.ManagedFields[0].Manager);
    }

    [Fact]
    public void Share_AnyObject_KeepsEveryValueAsItWas()
    {
        var strings = new MetadataStrings();
        var secret = Secret("a");

        strings.Share(secret);

        Assert.Equal("v1", secret.ApiVersion);
        Assert.Equal("Secret", secret.Kind);
        Assert.Equal("team-a", secret.Metadata.NamespaceProperty);
        Assert.Equal("a", secret.Metadata.Name);
        Assert.Equal(new Dictionary<string, string> { ["reconcile.external-secrets.io/managed"] = "true" }, secret.Metadata.Labels);
        Assert.Equal(new Dictionary<string, string> { ["reconcile.external-secrets.io/data-hash"] = "hash-of-a" }, secret.Metadata.Annotations);
        Assert.Equal(["external-secrets.io/finalizer"], secret.Metadata.Finalizers);
        Assert.Equal("ExternalSecret", secret.Metadata.OwnerReferences[0].Kind);
        Assert.Equal("Update", secret.Metadata.ManagedFields[0].Operation);
    }

    [Fact]
    public void Share_AnnotationValues_AreNotPooled()
    {
        var strings = new MetadataStrings();
        var first = Secret("a");
        var second = Secret("a");

        strings.Share(first);
        strings.Share(second);

        Assert.NotSame(first.Metadata.Annotations.Single().Value, second.Metadata.Annotations.Single().Value);
    }

    // Every string built at run time, so equal strings start out as distinct objects.
    private static V1Secret Secret(string name) => new()
    {
        ApiVersion = Fresh("v1"),
        Kind = Fresh("Secret"),
        Metadata = new V1ObjectMeta
        {
            Name = name,
            NamespaceProperty = Fresh("team-a"),
            Labels = new Dictionary<string, string> { [Fresh("reconcile.external-secrets.io/managed")] = Fresh("true") },
            Annotations = new Dictionary<string, string> { [Fresh("reconcile.external-secrets.io/data-hash")] = Fresh("hash-of-" + name) },
            Finalizers = [Fresh("external-secrets.io/finalizer")],
            OwnerReferences = [new V1OwnerReference { ApiVersion = Fresh("external-secrets.io/v1"), Kind = Fresh("ExternalSecret"), Name = name, Uid = Fresh("uid") }],
            ManagedFields = [new V1ManagedFieldsEntry { Manager = Fresh("external-secrets"), Operation = Fresh("Update"), ApiVersion = Fresh("v1"), FieldsType = Fresh("FieldsV1") }],
        },
    };

    private static string Fresh(string value) => new([.. value]);
}
