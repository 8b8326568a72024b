using System.Text.Json.Nodes;
using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Eso;

/// <summary>
/// Every x-kubernetes-validations rule in ESO's CRDs, run through the full CRD schema with a value that passes and
/// one that fails. The node path uses <c>[]</c> for "the first item"; the message comes from the CRD itself.
/// </summary>
public sealed class EsoCelRuleTests
{
    public static TheoryData<string, string, string, int, string, string> Cases() => new()
    {
        { "PushSecret", "v1alpha1", "spec.dataTo[]", 0, "{storeRef: {name: vault}}", "{storeRef: {kind: SecretStore}}" },
        { "PushSecret", "v1alpha1", "spec.dataTo[]", 1, "{storeRef: {name: vault}, remoteKey: k, rewrite: []}", "{storeRef: {name: vault}, remoteKey: k, rewrite: [{regexp: {source: a, target: b}}]}" },
        { "PushSecret", "v1alpha1", "spec.dataTo[].rewrite[]", 0, "{regexp: {source: a, target: b}}", "{regexp: {source: a, target: b}, transform: {template: x}}" },
        { "ClusterPushSecret", "v1alpha1", "spec.pushSecretSpec.dataTo[]", 0, "{storeRef: {labelSelector: {}}}", "{}" },
        { "ClusterPushSecret", "v1alpha1", "spec.pushSecretSpec.dataTo[]", 1, "{storeRef: {name: s}, rewrite: [{transform: {template: x}}]}", "{storeRef: {name: s}, remoteKey: k, rewrite: [{transform: {template: x}}]}" },
        { "ClusterPushSecret", "v1alpha1", "spec.pushSecretSpec.dataTo[].rewrite[]", 0, "{transform: {template: x}}", "{}" },
        { "SecretStore", "v1", "spec.provider.aws.customSessionTags", 0, "{team: payments}", "{esoStoreName: forged}" },
        { "ClusterSecretStore", "v1", "spec.provider.aws.customSessionTags", 0, "{}", "{esoNamespace: forged}" },
        { "SecretStore", "v1", "spec.provider.crd", 0, "{authRef: {name: a}}", "{}" },
        { "SecretStore", "v1", "spec.provider.crd", 1, "{auth: {}}", "{auth: {}, authRef: {name: a}}" },
        { "SecretStore", "v1", "spec.provider.doppler.auth", 0, "{secretRef: {dopplerToken: {name: t}}}", "{}" },
        { "ClusterSecretStore", "v1", "spec.provider.doppler.auth", 0, "{oidcConfig: {identity: i, serviceAccountRef: {name: sa}}}", "{secretRef: {dopplerToken: {name: t}}, oidcConfig: {identity: i, serviceAccountRef: {name: sa}}}" },
        { "SecretStore", "v1", "spec.provider.nebiusmysterybox.auth", 0, "{tokenSecretRef: {name: t}}", "{}" },
        { "SecretStore", "v1", "spec.provider.onepasswordSDK", 0, "{vault: v, auth: {serviceAccountSecretRef: {name: s}}}", "{vault: v, environment: e, auth: {serviceAccountSecretRef: {name: s}}}" },
        { "SecretStore", "v1", "spec.provider.openBao", 0, "{server: 'https://bao', caBundle: YQ==}", "{server: 'https://bao', caBundle: YQ==, caProvider: {type: Secret, name: ca}}" },
        { "SecretStore", "v1", "spec.provider.openBao.auth", 0, "{tokenSecretRef: {name: t}}", "{tokenSecretRef: {name: t}, userPass: {path: p, username: u}}" },
        { "SecretStore", "v1", "spec.provider.openBao.auth.appRole", 0, "{path: approle, secretRef: {name: s}, roleId: r}", "{path: approle, secretRef: {name: s}}" },
        { "SecretStore", "v1", "spec.provider.pulumi", 0, "{organization: o, project: p, environment: e, accessToken: {secretRef: {name: t}}}", "{organization: o, project: p, environment: e}" },
        { "SecretStore", "v1", "spec.provider.pulumi.auth", 0, "{accessToken: {secretRef: {name: t}}}", "{}" },
        { "SecretStore", "v1", "spec.provider.secretserver", 0, "{serverURL: 'https://ss', username: {value: u}, password: {value: p}}", "{serverURL: 'https://ss', username: {value: u}}" },
        { "SecretStore", "v1", "spec.provider.secretserver.token", 0, "{value: t}", "{value: t, secretRef: {name: s}}" },
        { "ClusterSecretStore", "v1", "spec.provider.secretserver.username", 0, "{secretRef: {name: s}}", "{}" },
        { "ClusterSecretStore", "v1", "spec.provider.secretserver.password", 0, "{value: p}", "{}" },
        { "GitlabDeployToken", "v1alpha1", "spec", 0, "{name: t, scopes: [read_repository], auth: {token: {name: s}}, projectID: '1'}", "{name: t, scopes: [read_repository], auth: {token: {name: s}}, projectID: '1', groupID: '2'}" },
        { "ClusterGenerator", "v1alpha1", "spec.generator.gitlabDeployTokenSpec", 0, "{name: t, scopes: [read_repository], auth: {token: {name: s}}, groupID: '2'}", "{name: t, scopes: [read_repository], auth: {token: {name: s}}}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_EsoRule_PassesAndFailsWithItsMessage(string kind, string version, string nodePath, int ruleIndex, string passing, string failing)
    {
        var crd = EsoCrds.Versions.Single(v => v.Kind == kind && v.Version == version);
        var message = RuleMessage(crd.SchemaJson, nodePath, ruleIndex);
        var errorPath = nodePath.Replace("[]", "[0]", StringComparison.Ordinal);
        var expected = $"{errorPath}: Invalid value: \"object\": {message}";

        var passErrors = Validate(crd, nodePath, passing);
        var failErrors = Validate(crd, nodePath, failing);

        Assert.DoesNotContain(passErrors, e => e.Contains(message, StringComparison.Ordinal) || e.StartsWith("<nil>", StringComparison.Ordinal));
        Assert.Contains(expected, failErrors);
    }

    [Fact]
    public void Cases_CoverEveryDistinctRuleInTheCrds()
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in EsoCrds.Versions)
        {
            CollectRules(version.SchemaJson, rules);
        }

        var covered = Cases().Select(row => (string)row[0] + row[2] + row[3]).ToList();
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Cases())
        {
            var crd = EsoCrds.Versions.Single(v => v.Kind == (string)row[0] && v.Version == (string)row[1]);
            exercised.Add(RuleText(crd.SchemaJson, (string)row[2], (int)row[3]));
        }

        Assert.Equal(covered.Count, covered.Distinct().Count());
        Assert.Empty(rules.Except(exercised));
    }

    private static List<string> Validate(EsoCrdVersion crd, string nodePath, string valueYaml)
    {
        var instance = new JsonObject
        {
            ["apiVersion"] = $"{crd.Group}/{crd.Version}",
            ["kind"] = crd.Kind,
            ["metadata"] = new JsonObject { ["name"] = "example" },
        };
        JsonNode parent = instance;
        var parts = nodePath.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var isItem = parts[i].EndsWith("[]", StringComparison.Ordinal);
            var name = isItem ? parts[i][..^2] : parts[i];
            var last = i == parts.Length - 1;
            var child = last ? TestSchemas.Yaml(valueYaml) : (parent[name] as JsonObject ?? new JsonObject());
            if (isItem)
            {
                var array = parent[name] as JsonArray ?? [];
                parent[name] = array;
                if (array.Count == 0)
                {
                    array.Add(child);
                }

                parent = array[0]!;
            }
            else
            {
                parent[name] = child;
                parent = child;
            }
        }

        crd.Schema.ApplyDefaults(instance);
        return [.. crd.Schema.Validate(instance).Select(e => e.ToString())];
    }

    private static JsonObject SchemaAt(JsonNode schema, string nodePath)
    {
        var node = schema;
        foreach (var part in nodePath.Split('.'))
        {
            var isItem = part.EndsWith("[]", StringComparison.Ordinal);
            node = node["properties"]![isItem ? part[..^2] : part]!;
            if (isItem)
            {
                node = node["items"]!;
            }
        }

        return node.AsObject();
    }

    private static string RuleMessage(JsonNode schema, string nodePath, int index) =>
        SchemaAt(schema, nodePath)["x-kubernetes-validations"]![index]!["message"]!.GetValue<string>().Trim();

    private static string RuleText(JsonNode schema, string nodePath, int index) =>
        SchemaAt(schema, nodePath)["x-kubernetes-validations"]![index]!["rule"]!.GetValue<string>();

    private static void CollectRules(JsonNode? schema, HashSet<string> rules)
    {
        if (schema is not JsonObject obj)
        {
            return;
        }

        foreach (var rule in obj["x-kubernetes-validations"]?.AsArray() ?? [])
        {
            rules.Add(rule!["rule"]!.GetValue<string>());
        }

        foreach (var (_, property) in obj["properties"]?.AsObject() ?? [])
        {
            CollectRules(property, rules);
        }

        CollectRules(obj["items"], rules);
        CollectRules(obj["additionalProperties"], rules);
    }
}
