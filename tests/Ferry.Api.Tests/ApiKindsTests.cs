using System.Reflection;
using Ferry.Api.Generators;
using Ferry.Api.Schema;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using k8s.Models;

namespace Ferry.Api.Tests;

public sealed class ApiKindsTests
{
    [Fact]
    public void All_ListsEveryKindFerryServes()
    {
        Assert.Equal(
            [
                "external-secrets.io/v1/ExternalSecret", "external-secrets.io/v1/SecretStore",
                "external-secrets.io/v1/ClusterSecretStore", "external-secrets.io/v1/ClusterExternalSecret",
                "external-secrets.io/v1alpha1/PushSecret", "external-secrets.io/v1alpha1/ClusterPushSecret",
                "generators.external-secrets.io/v1alpha1/Password", "generators.external-secrets.io/v1alpha1/UUID",
                "generators.external-secrets.io/v1alpha1/Fake", "generators.external-secrets.io/v1alpha1/ClusterGenerator",
                "generators.external-secrets.io/v1alpha1/GeneratorState",
            ],
            ApiKinds.All.Select(kind => $"{kind.ApiVersion}/{kind.Kind}"));
    }

    [Theory]
    [InlineData("external-secrets.io/v1", "ExternalSecret", typeof(ExternalSecret), "externalsecrets", ResourceScope.Namespaced)]
    [InlineData("external-secrets.io/v1", "ClusterSecretStore", typeof(ClusterSecretStore), "clustersecretstores", ResourceScope.Cluster)]
    [InlineData("external-secrets.io/v1alpha1", "PushSecret", typeof(PushSecret), "pushsecrets", ResourceScope.Namespaced)]
    [InlineData("generators.external-secrets.io/v1alpha1", "ClusterGenerator", typeof(ClusterGenerator), "clustergenerators", ResourceScope.Cluster)]
    public void Find_ServedKind_ReturnsItsType(string apiVersion, string kind, Type clrType, string plural, ResourceScope scope)
    {
        var found = ApiKinds.Find(apiVersion, kind);

        Assert.NotNull(found);
        Assert.Equal(clrType, found.ClrType);
        Assert.Equal(clrType, found.TypeInfo.Type);
        Assert.Equal(plural, found.Plural);
        Assert.Equal(scope, found.Scope);
    }

    [Theory]
    [InlineData("external-secrets.io/v1beta1", "ExternalSecret")]
    [InlineData("external-secrets.io/v1", "PushSecret")]
    [InlineData("generators.external-secrets.io/v1alpha1", "VaultDynamicSecret")]
    [InlineData("v1", "Secret")]
    [InlineData(null, "ExternalSecret")]
    [InlineData("external-secrets.io/v1", null)]
    public void Find_KindFerryDoesNotServe_ReturnsNull(string? apiVersion, string? kind)
    {
        Assert.Null(ApiKinds.Find(apiVersion, kind));
    }

    [Fact]
    public void All_EachKind_AgreesWithItsTypeAttributesAndDefaults()
    {
        foreach (var kind in ApiKinds.All)
        {
            var entity = kind.ClrType.GetCustomAttribute<KubernetesEntityAttribute>()!;
            var resource = kind.ClrType.GetCustomAttribute<CustomResourceAttribute>()!;
            var instance = (k8s.IKubernetesObject)Activator.CreateInstance(kind.ClrType)!;

            Assert.Equal((kind.Group, kind.Version, kind.Kind, kind.Plural), (entity.Group, entity.ApiVersion, entity.Kind, entity.PluralName));
            Assert.Equal(kind.Scope, resource.Scope);
            Assert.Equal((kind.ApiVersion, kind.Kind), (instance.ApiVersion, instance.Kind));
            Assert.Equal(kind.ListKind, kind.ListTypeInfo.Type.Name);
        }
    }
}
