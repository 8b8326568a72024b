using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Generators;
using Ferry.Api.Schema;
using Ferry.Api.Serialization;
using Ferry.Api.V1;
using k8s.Models;

namespace Ferry.Api.Tests.Serialization;

public sealed class FerryJsonContextTests
{
    [Fact]
    public void Serialize_NewExternalSecret_WritesOnlyWhatIsSet()
    {
        var json = JsonSerializer.Serialize(new ExternalSecret(), FerryJsonContext.Default.ExternalSecret);

        Assert.Equal("""{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{},"spec":{}}""", json);
    }

    [Theory]
    [InlineData("2024-01-02T03:04:05Z", "2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T05:04:05+02:00", "2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T03:04:05.25Z", "2024-01-02T03:04:05.25Z")]
    public void RoundTrip_Timestamps_WrittenAsKubernetesWritesThem(string written, string expected)
    {
        var json = $$$"""
            {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret",
             "metadata":{"name":"es","creationTimestamp":"{{{written}}}"},
             "spec":{},
             "status":{"refreshTime":"{{{written}}}","conditions":[{"type":"Ready","status":"True","lastTransitionTime":"{{{written}}}"}]}}
            """;

        var externalSecret = JsonSerializer.Deserialize(json, FerryJsonContext.Default.ExternalSecret)!;
        var output = JsonNode.Parse(JsonSerializer.Serialize(externalSecret, FerryJsonContext.Default.ExternalSecret))!;

        Assert.Equal(expected, output["metadata"]!["creationTimestamp"]!.GetValue<string>());
        Assert.Equal(expected, output["status"]!["refreshTime"]!.GetValue<string>());
        Assert.Equal(expected, output["status"]!["conditions"]![0]!["lastTransitionTime"]!.GetValue<string>());
        Assert.Equal(DateTimeKind.Utc, externalSecret.Metadata.CreationTimestamp!.Value.Kind);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("\"10\"")]
    [InlineData("\"1h\"")]
    [InlineData("0")]
    public void RoundTrip_StoreRefreshInterval_KeepsNumberOrString(string value)
    {
        var json = $$$"""{"apiVersion":"external-secrets.io/v1","kind":"SecretStore","metadata":{},"spec":{"provider":{"aws":{"region":"eu-west-1","service":"SecretsManager"}},"refreshInterval":{{{value}}}}}""";

        var store = JsonSerializer.Deserialize(json, FerryJsonContext.Default.SecretStore)!;

        Assert.Equal(json, JsonSerializer.Serialize(store, FerryJsonContext.Default.SecretStore));
        Assert.Equal(value.StartsWith('"'), !store.Spec.RefreshInterval!.Value.IsInteger);
    }

    [Fact]
    public void Deserialize_EnumsAndDefaults_UseWireNames()
    {
        var json = """
            {"spec":{"target":{"creationPolicy":"CreateOrMerge","template":{"engineVersion":"v2"}},
                     "syncWindows":{"kind":"deny","windows":[{"schedule":"@daily","duration":"1h"}]}}}
            """;

        var externalSecret = JsonSerializer.Deserialize(json, FerryJsonContext.Default.ExternalSecret)!;

        Assert.Equal(ExternalSecretCreationPolicy.CreateOrMerge, externalSecret.Spec.Target!.CreationPolicy);
        Assert.Equal(TemplateEngineVersion.V2, externalSecret.Spec.Target.Template!.EngineVersion);
        Assert.Equal(SyncWindowKind.Deny, externalSecret.Spec.SyncWindows!.Kind);
        Assert.Contains("\"kind\":\"deny\"", JsonSerializer.Serialize(externalSecret, FerryJsonContext.Default.ExternalSecret), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ValueOutsideEnum_Throws()
    {
        const string json = """{"spec":{"target":{"creationPolicy":"Sometimes"}}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FerryJsonContext.Default.ExternalSecret));
    }

    [Fact]
    public void RoundTrip_OpaqueProvider_KeepsEverySubtreeAsWritten()
    {
        const string json = """{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"s"},"spec":{"provider":{"doppler":{"auth":{"secretRef":{"dopplerToken":{"name":"t","key":"k"}}},"project":"p","unknownField":[1,{"x":null}]}}}}""";

        var store = JsonSerializer.Deserialize(json, FerryJsonContext.Default.ClusterSecretStore)!;

        Assert.Equal(JsonValueKind.Object, store.Spec.Provider!.Doppler!.Value.ValueKind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(store, FerryJsonContext.Default.ClusterSecretStore))));
    }

    [Fact]
    public void Deserialize_ClusterGenerator_TypedPasswordSpecAndOpaqueOthers()
    {
        const string json = """
            {"apiVersion":"generators.external-secrets.io/v1alpha1","kind":"ClusterGenerator","metadata":{"name":"g"},
             "spec":{"kind":"Password","generator":{"passwordSpec":{"length":42,"digits":5,"allowRepeat":true,"encoding":"base64url"}}}}
            """;

        var generator = JsonSerializer.Deserialize(json, FerryJsonContext.Default.ClusterGenerator)!;

        Assert.Equal(GeneratorKind.Password, generator.Spec.Kind);
        Assert.Equal(42, generator.Spec.Generator.PasswordSpec!.Length);
        Assert.Equal(PasswordEncoding.Base64Url, generator.Spec.Generator.PasswordSpec.Encoding);
        Assert.Null(generator.Spec.Generator.PasswordSpec.NoUpper);
    }

    [Fact]
    public void Deserialize_List_ReadsItems()
    {
        const string json = """{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecretList","metadata":{"resourceVersion":"7"},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}""";

        var list = JsonSerializer.Deserialize(json, FerryJsonContext.Default.ExternalSecretList)!;

        Assert.Equal("7", list.Metadata.ResourceVersion);
        Assert.Equal(["a", "b"], list.Items.Select(item => item.Metadata.Name));
    }

    [Fact]
    public void IntegerOrString_Factories_KeepTheKind()
    {
        Assert.Equal("300", IntegerOrString.FromInteger(300).ToString());
        Assert.True(IntegerOrString.FromInteger(300).IsInteger);
        Assert.Equal("5m", IntegerOrString.FromString("5m").ToString());
        Assert.NotEqual(IntegerOrString.FromInteger(10), IntegerOrString.FromString("10"));
    }

    [Fact]
    public void Serialize_ObjectMeta_KeepsKubernetesClientFields()
    {
        var meta = new V1ObjectMeta { Name = "n", NamespaceProperty = "ns", Labels = new Dictionary<string, string> { ["a"] = "b" } };

        Assert.Equal("""{"labels":{"a":"b"},"name":"n","namespace":"ns"}""", JsonSerializer.Serialize(meta, FerryJsonContext.Default.V1ObjectMeta));
    }
}
