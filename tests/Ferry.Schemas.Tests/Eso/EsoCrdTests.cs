using Ferry.Testing;

namespace Ferry.Schemas.Tests.Eso;

public sealed class EsoCrdTests
{
    public static TheoryData<string> CrdFiles() => [.. EsoCrds.Files.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(CrdFiles))]
    public void Parse_EveryVersionOfEveryEsoCrd_Succeeds(string file)
    {
        var crd = EsoCrds.ReadCrd(Path.Combine(RepoPaths.EsoCrds, file));

        foreach (var version in crd["spec"]!["versions"]!.AsArray())
        {
            var schema = StructuralSchema.Parse(version!["schema"]!["openAPIV3Schema"]!);

            Assert.NotNull(schema);
        }
    }

    [Fact]
    public void ParseVersions_ExternalSecretCrd_KeysSchemasByVersion()
    {
        var crd = EsoCrds.ReadCrd(Path.Combine(RepoPaths.EsoCrds, "external-secrets.io_externalsecrets.yaml"));

        var versions = StructuralSchema.ParseVersions(crd);

        Assert.Contains("v1", versions.Keys);
    }

    [Fact]
    public void ParseVersions_BrokenVersion_NamesItsPlaceInTheCrd()
    {
        var crd = System.Text.Json.Nodes.JsonNode.Parse("""
            {"spec":{"versions":[{"name":"v1","schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"strin"}}}}}]}}
            """)!;

        var error = Assert.Throws<SchemaFormatException>(() => StructuralSchema.ParseVersions(crd));

        Assert.Equal("spec.versions[0].schema.openAPIV3Schema.properties[spec].type", error.SchemaPath);
    }

    [Fact]
    public void Versions_CoverTheKindsFerryServes()
    {
        var kinds = EsoCrds.Versions.Select(v => $"{v.Kind}/{v.Version}").ToHashSet();

        Assert.Contains("ExternalSecret/v1", kinds);
        Assert.Contains("SecretStore/v1", kinds);
        Assert.Contains("ClusterSecretStore/v1", kinds);
        Assert.Contains("PushSecret/v1alpha1", kinds);
        Assert.Contains("Password/v1alpha1", kinds);
    }
}
