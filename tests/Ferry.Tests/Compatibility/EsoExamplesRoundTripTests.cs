using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Tests.Compatibility;

/// <summary>
/// Every ESO documentation manifest of a kind Ferry serves must survive deserialization into the C# types and
/// serialization back unchanged, so the types lose nothing a user writes.
/// </summary>
public sealed class EsoExamplesRoundTripTests
{
    // Documents that cannot round-trip for a reason ESO shares (its CRD schema prunes the same fields), keyed by
    // "file#document".
    private static readonly Dictionary<string, string> KnownNonRoundTrips = new(StringComparer.Ordinal)
    {
        ["full-cluster-external-secret.yaml#1"] =
            "dataFrom[] uses the removed v1alpha1 fields key/version/property and the condition a lastTransitionTime; the v1 schema has neither",
        ["gcpsm-wif-core-controller-secret-store.yaml#1"] = "projectID is the YAML list [PROJECT_ID], the schema wants a string",
        ["gcpsm-wif-iam-secret-store.yaml#1"] = "projectID is the YAML list [PROJECT_ID], the schema wants a string",
        ["gcpsm-wif-non-native-iam-secret-store.yaml#1"] = "projectID is the YAML list [PROJECT_ID], the schema wants a string",
        ["gcpsm-wif-sa-secret-store-with-explicit-name-and-location.yaml#1"] =
            "projectID is the YAML list [PROJECT_ID], the schema wants a string",
        ["vault-mtls-store.yaml#1"] = "vault.auth is the string \"...\", the schema wants an object",
        ["ibm-external-secret-with-metadata.yaml#1"] = "dataFrom[].secretKey is not in the schema (the API server prunes it)",
        ["multiline-template-v1-external-secret.yaml#1"] =
            "template engine v1 was removed (the enum is v2 only) and target.engineVersion is not in the schema",
        ["pkcs12-template-v1-external-secret.yaml#1"] =
            "template engine v1 was removed (the enum is v2 only) and target.engineVersion is not in the schema",
    };

    // ESO documentation files that kubectl cannot read either (not YAML, or a key given twice); each is one row with
    // index 0, and it must keep failing to read for the reason given.
    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        ["1password-connect-server-deployment.yaml"] = "a docs include with unquoted template text",
        ["cloak-secret-store.yaml"] = "a Jekyll {% raw %} fragment around the manifest",
        ["conjur-ca-bundle.yaml"] = "a shell snippet, not a manifest",
        ["filtercertchain-template-v2-external-secret.yaml"] = "unescaped double quotes inside a double-quoted template",
        ["filterpem-template-v2-external-secret.yaml"] = "unescaped double quotes inside a double-quoted template",
        ["full-external-secret.yaml"] = "spec.dataFrom given twice",
        ["gcpsm-ssh-auth-externalsecret.yaml"] = "a name key given twice in one mapping",
    };

    public static TheoryData<string, int> Documents()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.EsoExamples, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            IReadOnlyList<YamlDocument> documents;
            try
            {
                documents = YamlDocumentReader.Read(File.ReadAllText(path));
            }
            catch (YamlFormatException)
            {
                data.Add(file, 0);
                continue;
            }

            foreach (var document in documents)
            {
                if (FerryKindOf(document.Content) is not null)
                {
                    data.Add(file, document.Index);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void RoundTrip_EsoExample_SerializesToEqualJson(string file, int index)
    {
        if (index == 0)
        {
            Assert.True(Unreadable.ContainsKey(file), $"{file} is not readable YAML and is not listed as such");
            return;
        }

        var original = YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, file)))
            .Single(document => document.Index == index).Content!;
        var kind = FerryKindOf(original)!;

        var written = RoundTrip(original, kind);

        if (KnownNonRoundTrips.ContainsKey($"{file}#{index}"))
        {
            Assert.False(JsonNode.DeepEquals(original, written), "listed as not round-tripping, but it does now");
            return;
        }

        Assert.True(JsonNode.DeepEquals(original, written), $"{file}#{index} changed in a round trip\nexpected: {original.ToJsonString()}\nactual:   {written?.ToJsonString()}");
    }

    [Fact]
    public void Documents_EsoExamples_IncludeEveryTypedStoreProvider()
    {
        var providers = Documents()
            .Select(row => (File: (string)row[0], Index: (int)row[1]))
            .Where(row => row.Index > 0)
            .Select(row => YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, row.File))).Single(d => d.Index == row.Index).Content!)
            .Where(content => content["spec"]?["provider"] is JsonObject)
            .SelectMany(content => content["spec"]!["provider"]!.AsObject().Select(property => property.Key))
            .ToHashSet(StringComparer.Ordinal);

        // ESO's docs have no fake store, and their only webhook store is not YAML (see Unreadable).
        Assert.Superset(new HashSet<string>(["vault", "aws", "azurekv", "gcpsm", "kubernetes"]), providers);
    }

    /// <summary>The document after a trip through the C# type, or null when the type rejects it.</summary>
    private static JsonNode? RoundTrip(JsonNode original, ApiKind kind)
    {
        object? typed;
        try
        {
            typed = JsonSerializer.Deserialize(original.ToJsonString(), kind.TypeInfo);
        }
        catch (JsonException)
        {
            return null;
        }

        return JsonNode.Parse(JsonSerializer.Serialize(typed, kind.TypeInfo));
    }

    private static ApiKind? FerryKindOf(JsonNode? content) =>
        content is JsonObject obj
            ? ApiKinds.Find(obj["apiVersion"]?.GetValue<string>(), obj["kind"]?.GetValue<string>())
            : null;
}
