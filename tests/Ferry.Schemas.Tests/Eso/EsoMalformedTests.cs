using System.Text.Json.Nodes;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Schemas.Tests.Eso;

/// <summary>ESO's basic ExternalSecret example, broken one way at a time, against ESO's own CRD.</summary>
public sealed class EsoMalformedTests
{
    public static TheoryData<string, string, string[]> Variants() => new()
    {
        { "spec.target.creationPolicy", "\"Foo\"", ["spec.target.creationPolicy: Unsupported value: \"Foo\": supported values: \"Owner\", \"Orphan\", \"Merge\", \"None\", \"CreateOrMerge\""] },
        { "spec.secretStoreRef.kind", "\"Store\"", ["spec.secretStoreRef.kind: Unsupported value: \"Store\": supported values: \"SecretStore\", \"ClusterSecretStore\""] },
        { "spec.data[0].secretKey", "\"has space\"", ["spec.data[0].secretKey: Invalid value: \"has space\": spec.data[0].secretKey in body should match '^[-._a-zA-Z0-9]+$'"] },
        { "spec.data[0].secretKey", "\"\"", ["spec.data[0].secretKey: Invalid value: \"\": spec.data[0].secretKey in body should be at least 1 chars long", "spec.data[0].secretKey: Invalid value: \"\": spec.data[0].secretKey in body should match '^[-._a-zA-Z0-9]+$'"] },
        { "spec.data[0].secretKey", null!, ["spec.data[0].secretKey: Required value"] },
        { "spec.data[0].remoteRef.key", null!, ["spec.data[0].remoteRef.key: Required value"] },
        { "spec.data[0].remoteRef.conversionStrategy", "\"Latin1\"", ["spec.data[0].remoteRef.conversionStrategy: Unsupported value: \"Latin1\": supported values: \"Default\", \"Unicode\""] },
        { "spec.refreshInterval", "60", ["spec.refreshInterval: Invalid value: \"integer\": spec.refreshInterval in body must be of type string: \"integer\""] },
        { "spec.secretStoreRef.name", "\"Not_A_Name\"", ["spec.secretStoreRef.name: Invalid value: \"Not_A_Name\": spec.secretStoreRef.name in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"] },
        { "spec.data", "{\"secretKey\":\"a\"}", ["spec.data: Invalid value: \"object\": spec.data in body must be of type array: \"object\""] },
        { "spec.secretStoreRef.name", $"\"{new string('a', 254)}\"", ["spec.secretStoreRef.name: Too long: may not be more than 253 bytes"] },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Validate_BrokenExternalSecret_ReportsKubernetesErrors(string path, string? json, string[] expected)
    {
        var obj = (JsonObject)YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, "basic-external-secret.yaml"))).Single().Content!;
        Set(obj, path, json is null ? null : JsonNode.Parse(json), remove: json is null);
        var crd = EsoCrds.Find("external-secrets.io/v1", "ExternalSecret")!;
        crd.Schema.Prune(obj);
        crd.Schema.ApplyDefaults(obj);

        var errors = crd.Schema.Validate(obj).Select(e => e.ToString()).Where(e => !e.StartsWith("<nil>", StringComparison.Ordinal));

        Assert.Equal(expected, errors);
    }

    [Fact]
    public void Validate_SecretStoreWithTwoProviders_ReportsTooMany()
    {
        var obj = (JsonObject)YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, "basic-secret-store.yaml"))).Single().Content!;
        obj["spec"]!["provider"]!["fake"] = new JsonObject { ["data"] = new JsonArray() };
        obj["spec"]!["provider"]!["aws"]!["service"] = "Vault";
        var crd = EsoCrds.Find("external-secrets.io/v1", "SecretStore")!;
        crd.Schema.ApplyDefaults(obj);

        var errors = crd.Schema.Validate(obj).Select(e => e.ToString());

        Assert.Equal(
            [
                "spec.provider: Too many: 2: must have at most 1 item",
                "spec.provider.aws.service: Unsupported value: \"Vault\": supported values: \"SecretsManager\", \"ParameterStore\", \"CertificateManager\"",
                "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation",
            ],
            errors);
    }

    [Fact]
    public void ApplyDefaults_BasicExternalSecret_FillsEsoDefaults()
    {
        var obj = (JsonObject)YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, "basic-external-secret.yaml"))).Single().Content!;
        var crd = EsoCrds.Find("external-secrets.io/v1", "ExternalSecret")!;

        crd.Schema.ApplyDefaults(obj);

        Assert.Equal("Retain", obj["spec"]!["target"]!["deletionPolicy"]!.GetValue<string>());
        Assert.Equal("Owner", obj["spec"]!["target"]!["creationPolicy"]!.GetValue<string>());
        Assert.Null(obj["spec"]!["data"]![0]!["remoteRef"]!["conversionStrategy"]);
    }

    private static void Set(JsonObject root, string path, JsonNode? value, bool remove)
    {
        JsonNode parent = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            parent = part.EndsWith("[0]", StringComparison.Ordinal) ? parent[part[..^3]]![0]! : parent[part]!;
        }

        if (remove)
        {
            parent.AsObject().Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = value;
        }
    }
}
