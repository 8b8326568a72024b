using Ferry.Providers.Pooling;

namespace Ferry.Providers.Tests.Pooling;

public sealed class CredentialsVersionTests
{
    private static readonly ReferencedObjectVersion Token = new("Secret", "ns", "token", "41");
    private static readonly ReferencedObjectVersion Ca = new("ConfigMap", "ns", "ca", "7");

    [Fact]
    public void Of_ReferencesInAnyOrder_SameVersion()
    {
        Assert.Equal(CredentialsVersion.Of(3, [Token, Ca]), CredentialsVersion.Of(3, [Ca, Token]));
    }

    [Fact]
    public void Of_ReferencedSecretChanged_DifferentVersion()
    {
        Assert.NotEqual(CredentialsVersion.Of(3, [Token]), CredentialsVersion.Of(3, [Token with { ResourceVersion = "42" }]));
    }

    [Fact]
    public void Of_StoreGenerationChanged_DifferentVersion()
    {
        Assert.NotEqual(CredentialsVersion.Of(3, [Token]), CredentialsVersion.Of(4, [Token]));
    }
}
