using Ferry.Api.V1;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class MetadataValuesTests
{
    private static readonly Dictionary<string, string> Tags = new() { ["team"] = "a&b", ["env"] = "prod" };

    [Fact]
    public void Select_NoProperty_ReturnsSortedJsonWithGoEscaping()
    {
        Assert.Equal("""{"env":"prod","team":"a\u0026b"}""", MetadataValues.Select(Tags, null).Reveal());
        Assert.Equal("""{"env":"prod","team":"a&b"}""", MetadataValues.Select(Tags, "", escapeHtml: false).Reveal());
    }

    [Fact]
    public void Select_Property_ReturnsThatEntry()
    {
        Assert.Equal("prod", MetadataValues.Select(Tags, "env").Reveal());
    }

    [Fact]
    public void Select_MissingProperty_ThrowsNotFound()
    {
        Assert.Throws<SecretNotFoundException>(() => MetadataValues.Select(Tags, "owner"));
    }

    [Theory]
    [InlineData(ExternalSecretMetadataPolicy.Fetch, true)]
    [InlineData(ExternalSecretMetadataPolicy.None, false)]
    [InlineData(null, false)]
    public void IsFetch_Policy_OnlyFetchFetches(ExternalSecretMetadataPolicy? policy, bool expected)
    {
        Assert.Equal(expected, MetadataValues.IsFetch(new ExternalSecretDataRemoteRef { Key = "k", MetadataPolicy = policy }));
    }
}
