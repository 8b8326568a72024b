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
