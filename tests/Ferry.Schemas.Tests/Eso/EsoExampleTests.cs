using System.Text.Json.Nodes;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Schemas.Tests.Eso;

public sealed class EsoExampleTests
{
    private static readonly string[] Groups = ["external-secrets.io", "generators.external-secrets.io"];

    /// <summary>ESO documentation snippets that are not YAML at all (doc templating, "..." elisions, duplicate keys).</summary>
    private static readonly Dictionary<string, string> NotYaml = new(StringComparer.Ordinal)
    {
        ["1password-connect-server-deployment.yaml"] = "a \"...\" elision inside a block mapping",
        ["cloak-secret-store.yaml"] = "ends with a Jekyll {%- endraw %} tag",
        ["conjur-ca-bundle.yaml"] = "starts with a \"....\" elision",
        ["filtercertchain-template-v2-external-secret.yaml"] = "unescaped double quotes inside a double-quoted template",
        ["filterpem-template-v2-external-secret.yaml"] = "unescaped double quotes inside a double-quoted template",
        ["full-external-secret.yaml"] = "spec.dataFrom appears twice (go-yaml rejects duplicate keys)",
        ["gcpsm-ssh-auth-externalsecret.yaml"] = "metadata.name appears twice",
    };

    /// <summary>ESO examples that ESO 2.9's own schema rejects (or that use a version it no longer serves), with why.</summary>
    private static readonly Dictionary<string, string> KnownRejects = new(StringComparer.Ordinal)
    {
        ["full-cluster-external-secret.yaml"] = "dataFrom[0] uses the removed v1alpha1 key/property/version fields; status condition carries lastTransitionTime the schema lacks",
        ["full-cluster-secret-store.yaml"] = "several providers at once (maxProperties 1) and caBundle \"...\" is not base64",
        ["full-secret-store.yaml"] = "several providers at once, placeholder namespaces, caBundle \"...\" is not base64",
        ["gcpsm-wif-core-controller-secret-store.yaml"] = "projectID: [PROJECT_ID] is a YAML list, not a string",
        ["gcpsm-wif-iam-secret-store.yaml"] = "projectID: [PROJECT_ID] is a YAML list, not a string",
        ["gcpsm-wif-non-native-iam-secret-store.yaml"] = "projectID: [PROJECT_ID] is a YAML list, not a string",
        ["gcpsm-wif-sa-secret-store-with-explicit-name-and-location.yaml"] = "[PLACEHOLDER] values are YAML lists, not strings",
        ["generator-cloudsmith.yaml"] = "spec.apiHost is not in the schema (pruned)",
        ["generator-gcr.yaml"] = "empty names and keys fail minLength and pattern",
        ["github-push-secret.yaml"] = "Secret name EXTSERCRET is not a DNS subdomain",
        ["github-secret-store.yaml"] = "appID and installationID are placeholder strings where integers are required",
        ["ibm-external-secret-with-metadata.yaml"] = "dataFrom[0].secretKey is not in the schema (pruned)",
        ["ibm-secret-store.yaml"] = "both auth methods at once (maxProperties 1)",
        ["multiline-template-v1-external-secret.yaml"] = "target.engineVersion is misplaced (pruned)",
        ["nebius-mysterybox-secret-store.yaml"] = "<placeholder> names fail their patterns",
        ["ngrok-push-secret-with-metadata.yaml"] = "Secret name SECRET_NAME is not a DNS subdomain",
        ["onboardbase-generic-secret-store.yaml"] = "uses apiKey/passcode where the schema has apiKeyRef/passcodeRef",
        ["oracle-instance-principal.yaml"] = "omits the required region and vault",
        ["oracle-principal-type.yaml"] = "placeholder principalType and no region/vault",
        ["oracle-secret-store-pushsecret.yaml"] = "omits the required region and vault",
        ["oracle-workload-identity.yaml"] = "omits region, vault and serviceAccountRef.name",
        ["passworddepot-external-secret.yaml"] = "external-secrets.io/v1alpha1 is no longer served",
        ["passworddepot-secret-store.yaml"] = "external-secrets.io/v1alpha1 is no longer served",
        ["pkcs12-template-v1-external-secret.yaml"] = "template engineVersion v1 was removed (enum allows v2 only)",
        ["template-v2-push-secret.yaml"] = "PushSecret external-secrets.io/v1beta1 is not served",
        ["vault-mtls-store.yaml"] = "auth: ... is a string, caBundle \"...\" is not base64, tls uses unknown fields",
    };

    public static TheoryData<string> ExampleFiles() =>
        [.. Directory.EnumerateFiles(RepoPaths.EsoExamples, "*.yaml").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Validate_EsoExample_IsCleanAfterDefaultingUnlessKnownBroken(string file)
    {
        IReadOnlyList<YamlDocument> documents;
        try
        {
            documents = YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoExamples, file)));
        }
        catch (YamlFormatException) when (NotYaml.ContainsKey(file))
        {
            return;
        }

        Assert.False(NotYaml.ContainsKey(file), $"{file} is listed as not YAML but parses");
        var problems = documents.SelectMany(d => Problems(file, d)).ToList();

        if (KnownRejects.ContainsKey(file))
        {
            Assert.True(problems.Count > 0, $"{file} is listed as rejected but validates clean");
        }
        else
        {
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public void Validate_EsoExamples_CoverManyResources()
    {
        var checkedResources = Directory.EnumerateFiles(RepoPaths.EsoExamples, "*.yaml")
            .Where(f => !NotYaml.ContainsKey(Path.GetFileName(f)))
            .SelectMany(f => YamlDocumentReader.Read(File.ReadAllText(f)))
            .Count(d => IsEsoResource(d.Content, out _));

        Assert.True(checkedResources > 150, $"only {checkedResources} ESO resources found");
    }

    private static IEnumerable<string> Problems(string file, YamlDocument document)
    {
        if (!IsEsoResource(document.Content, out var apiVersion))
        {
            yield break;
        }

        var obj = (JsonObject)document.Content!;
        var key = $"{file}#{document.Index}";
        var crd = EsoCrds.Find(apiVersion, obj["kind"]!.GetValue<string>());
        if (crd is null)
        {
            yield return $"{key}: no CRD serves {apiVersion} {obj["kind"]}";
            yield break;
        }

        foreach (var pruned in crd.Schema.Prune(obj))
        {
            yield return $"{key}: unknown field \"{pruned}\"";
        }

        crd.Schema.ApplyDefaults(obj);
        foreach (var error in crd.Schema.Validate(obj))
        {
            yield return $"{key}: {error}";
        }
    }

    private static bool IsEsoResource(JsonNode? content, out string apiVersion)
    {
        apiVersion = content is JsonObject obj && obj["apiVersion"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : string.Empty;
        var version = apiVersion;
        return Groups.Any(g => version.StartsWith(g + "/", StringComparison.Ordinal));
    }
}
