using System.Text.Json.Nodes;

namespace Ferry.Tests.Crds;

public sealed class CrdComparerTests
{
    private const string Eso = """
        {"metadata":{"labels":{"external-secrets.io/component":"controller"}},
         "spec":{"group":"g","scope":"Namespaced","names":{"kind":"K","listKind":"KList","plural":"ks","singular":"k","shortNames":["k1"],"categories":["c"]},
          "versions":[
           {"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
            "schema":{"openAPIV3Schema":{"type":"object","description":"ESO's words","properties":{
              "spec":{"type":"object","required":["name"],"properties":{
                "name":{"type":"string","minLength":1,"description":"the name"},
                "mode":{"type":"string","enum":["A","B"],"default":"A"},
                "tags":{"type":"array","items":{"type":"string","pattern":"^t"}},
                "labels":{"type":"object","additionalProperties":{"type":"string"}},
                "checked":{"type":"object","x-kubernetes-validations":[{"rule":"has(self.a)","message":"a"},{"rule":"has(self.b)"}]},
                "provider":{"type":"object","properties":{"mine":{"type":"object"},"theirs":{"type":"object","required":["x"],"properties":{"x":{"type":"string"}}}}}}}}}}},
           {"name":"v1beta1","served":false,"storage":false,"deprecated":true,"schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object"}}}}}]}}
        """;

    [Fact]
    public void Compare_Identical_NoDifferences()
    {
        Assert.Empty(Compare(Eso, Eso));
    }

    [Fact]
    public void Compare_DescriptionsAndOrderOfSets_AreNotDifferences()
    {
        var ferry = Eso.Replace("ESO's words", "Ferry's words", StringComparison.Ordinal)
            .Replace("\"enum\":[\"A\",\"B\"]", "\"enum\":[\"B\",\"A\"]", StringComparison.Ordinal)
            .Replace("{\"rule\":\"has(self.a)\",\"message\":\"a\"},{\"rule\":\"has(self.b)\"}", "{\"rule\":\"has(self.b)\"},{\"message\":\"a\",\"rule\":\"has(self.a)\"}", StringComparison.Ordinal);

        Assert.Empty(Compare(Eso, ferry));
    }

    [Theory]
    [InlineData("\"minLength\":1,", "", "K spec.name: minLength is 1 in ESO, absent in Ferry")]
    [InlineData("\"default\":\"A\"", "\"default\":\"B\"", "K spec.mode: default is \"A\" in ESO, \"B\" in Ferry")]
    [InlineData("\"enum\":[\"A\",\"B\"]", "\"enum\":[\"A\"]", "K spec.mode: enum is [\"A\",\"B\"] in ESO, [\"A\"] in Ferry")]
    [InlineData("\"pattern\":\"^t\"", "\"pattern\":\"^u\"", "K spec.tags[]: pattern is \"^t\" in ESO, \"^u\" in Ferry")]
    [InlineData("\"additionalProperties\":{\"type\":\"string\"}", "\"additionalProperties\":{\"type\":\"integer\"}", "K spec.labels{}: type is \"string\" in ESO, \"integer\" in Ferry")]
    [InlineData("\"required\":[\"name\"],", "", "K spec.name: required in ESO, optional in Ferry")]
    [InlineData(",{\"rule\":\"has(self.b)\"}", "", "K spec.checked: x-kubernetes-validations: ESO's rule {\"rule\":\"has(self.b)\"} is missing in Ferry")]
    [InlineData("\"shortNames\":[\"k1\"]", "\"shortNames\":[\"k2\"]", "K names.shortNames: [\"k1\"] in ESO, [\"k2\"] in Ferry")]
    [InlineData("\"scope\":\"Namespaced\"", "\"scope\":\"Cluster\"", "K scope: \"Namespaced\" in ESO, \"Cluster\" in Ferry")]
    [InlineData("\"subresources\":{\"status\":{}},", "", "K versions[v1].subresources: {\"status\":{}} in ESO, {} in Ferry")]
    [InlineData("\"deprecated\":true,", "", "K versions[v1beta1].deprecated: true in ESO, false in Ferry")]
    [InlineData("\"properties\":{\"spec\":{\"type\":\"object\"}}", "\"x-kubernetes-preserve-unknown-fields\":true", "K versions[v1beta1].schema: differs (an unserved version; not compared field by field)")]
    public void Compare_OneChange_ReportsExactlyThatDifference(string esoText, string ferryText, string expected)
    {
        Assert.Contains(esoText, Eso, StringComparison.Ordinal);

        var differences = Compare(Eso, Eso.Replace(esoText, ferryText, StringComparison.Ordinal));

        Assert.Equal([expected], differences);
    }

    [Fact]
    public void Compare_EmptySubresourcesAndNone_AreTheSame()
    {
        var eso = Eso.Replace("\"subresources\":{\"status\":{}},", "\"subresources\":{},", StringComparison.Ordinal);
        var ferry = Eso.Replace("\"subresources\":{\"status\":{}},", "", StringComparison.Ordinal);

        Assert.Empty(Compare(eso, ferry));
    }

    [Fact]
    public void Compare_FieldOnlyInFerryAndFieldMissing_AreBothReported()
    {
        var ferry = Eso.Replace("\"mode\":", "\"modus\":", StringComparison.Ordinal);

        Assert.Equal(["K spec.mode: missing in Ferry", "K spec.modus: only in Ferry"], Compare(Eso, ferry));
    }

    [Fact]
    public void Compare_OpaquePath_AcceptsFreeFormObject_RejectsAnythingElse()
    {
        var freeForm = Eso.Replace(
            "\"theirs\":{\"type\":\"object\",\"required\":[\"x\"],\"properties\":{\"x\":{\"type\":\"string\"}}}",
            "\"theirs\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}",
            StringComparison.Ordinal);
        var missing = Eso.Replace(",\"theirs\":{\"type\":\"object\",\"required\":[\"x\"],\"properties\":{\"x\":{\"type\":\"string\"}}}", "", StringComparison.Ordinal);

        Assert.Empty(Compare(Eso, freeForm, "spec.provider.theirs"));
        Assert.Equal(["K spec.provider.theirs: missing in Ferry"], Compare(Eso, missing, "spec.provider.theirs"));
        Assert.Single(Compare(Eso, Eso, "spec.provider.theirs"));
    }

    private static List<string> Compare(string eso, string ferry, params string[] opaque) =>
        [.. new CrdComparer("K", opaque.ToHashSet()).Compare(JsonNode.Parse(eso)!.AsObject(), JsonNode.Parse(ferry)!.AsObject()).Select(d => d.ToString())];
}
