using Ferry.Api.WellKnown;
using Ferry.Controllers.ExternalSecrets;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>Goldens from ESO's TestObjectHash and eso-behaviour.md §2.4, reproduced with Python's sha3_224.</summary>
public sealed class SecretHashesTests
{
    [Fact]
    public void DataHash_EsoGolden_MatchesByteForByte()
    {
        var data = new Dictionary<string, byte[]> { ["foo"] = "value1"u8.ToArray(), ["bar"] = "value2"u8.ToArray() };

        Assert.Equal("1bed8bcbcb4547ffe19a19cd47d9078e84aa6598266d86b99f992d64", SecretHashes.DataHash(data));
    }

    [Fact]
    public void DataHash_EmptyOrNull_HashesGoEmptyMap()
    {
        Assert.Equal("74a974446e359fb3e6baff9bd0058950e6edd0f040888d9989b0a11b", SecretHashes.DataHash(null));
        Assert.Equal("74a974446e359fb3e6baff9bd0058950e6edd0f040888d9989b0a11b", SecretHashes.DataHash(new Dictionary<string, byte[]>()));
    }

    [Fact]
    public void DataHash_EmptyValueAndHighBytes_RenderAsGoDecimalSlices()
    {
        var data = new Dictionary<string, byte[]> { ["k"] = [0, 255], ["empty"] = [] };

        Assert.Equal("77c736535e435d54022fc28b9ebde4ea64c3cb3ac37b590deab797cf", SecretHashes.DataHash(data));
    }

    [Fact]
    public void MetaHash_NoLabelsOrAnnotations_IsGenerationAndEmptyStructHash()
    {
        Assert.Equal("3-f47fe3c0b255b6dd8047cdffa772587bb829efe7a1cb70febeda2eb2", SecretHashes.MetaHash(3, null, null));
    }

    [Fact]
    public void MetaHash_SortedMaps_MatchGoStructRendering()
    {
        var annotations = new Dictionary<string, string> { ["force-sync"] = "2", ["a"] = "1" };
        var labels = new Dictionary<string, string> { ["app"] = "web" };

        Assert.Equal("1-88e3df8cdfabc3c130bbddf660f55adfbbdf577d520562876f036d19", SecretHashes.MetaHash(1, annotations, labels));
    }

    [Fact]
    public void CreatedByAndFieldManager_EsoRecipe_Match()
    {
        Assert.Equal("681d4a0ad0265d19b46750f5b00fc5b34b830c155fc5af351e695744", Labels.CreatedByValue("default", "app"));
        Assert.Equal("externalsecrets.external-secrets.io/app", FieldManager.ForExternalSecret("app"));
    }
}
