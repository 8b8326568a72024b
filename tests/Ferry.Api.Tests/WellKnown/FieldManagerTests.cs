using Ferry.Api.WellKnown;

namespace Ferry.Api.Tests.WellKnown;

public sealed class FieldManagerTests
{
    [Fact]
    public void ForExternalSecret_ShortName_IsPrefixPlusName()
    {
        Assert.Equal("externalsecrets.external-secrets.io/my-es", FieldManager.ForExternalSecret("my-es"));
    }

    [Fact]
    public void ForExternalSecret_WholeStringOf63_StaysPlain()
    {
        var name = new string('x', 27);

        Assert.Equal(63, FieldManager.ForExternalSecret(name).Length);
        Assert.Equal(FieldManager.Prefix + name, FieldManager.ForExternalSecret(name));
    }

    [Fact]
    public void ForExternalSecret_WholeStringOver63_UsesSha3OfName()
    {
        Assert.Equal(
            "externalsecrets.external-secrets.io/sha3/e7251ce5d41427f31ef05719a7d02a7f23ec45151515893dec57c075",
            FieldManager.ForExternalSecret(new string('x', 28)));
    }

    [Fact]
    public void ForMetadataPruning_NameOf28_StaysPlainUnlikeSecretWrites()
    {
        var name = new string('x', 28);

        Assert.Equal(FieldManager.Prefix + name, FieldManager.ForMetadataPruning(name));
        Assert.NotEqual(FieldManager.ForExternalSecret(name), FieldManager.ForMetadataPruning(name));
    }

    [Fact]
    public void ForMetadataPruning_NameOver63_UsesSha3OfName()
    {
        Assert.Equal(
            "externalsecrets.external-secrets.io/sha3/0e1d228c9c6def7efe4fd9b55a5a89633e4347782cb6acf948482443",
            FieldManager.ForMetadataPruning(new string('x', 64)));
    }
}
