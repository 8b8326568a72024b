using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;
using Ferry.Providers.Vault.Kv;

namespace Ferry.Providers.Tests.Vault;

/// <summary>ESO's TestGetSecretPath and buildMetadataPath cases.</summary>
public sealed class VaultPathsTests
{
    [Theory]
    [InlineData("secret/path", VaultKvStoreVersion.V2, "test", "secret/path/data/test")]
    [InlineData("secret/path", VaultKvStoreVersion.V2, "secret/path/test", "secret/path/data/test")]
    [InlineData("secret/path", VaultKvStoreVersion.V2, "secret/path/data/test", "secret/path/data/test")]
    [InlineData("secret/path", VaultKvStoreVersion.V1, "test", "secret/path/test")]
    [InlineData("secret/path", VaultKvStoreVersion.V1, "secret/path/test", "secret/path/test")]
    [InlineData(null, VaultKvStoreVersion.V2, "secret/test/big/path", "secret/data/test/big/path")]
    [InlineData(null, VaultKvStoreVersion.V2, "secret/path/data/test", "secret/path/data/test")]
    [InlineData(null, VaultKvStoreVersion.V1, "secret/path/test", "secret/path/test")]
    public void Data_Key_BuildsEsoPath(string? mount, VaultKvStoreVersion version, string key, string expected) =>
        Assert.Equal(expected, VaultPaths.Data(Settings(mount, version), key));

    [Theory]
    [InlineData("secret", VaultKvStoreVersion.V2, "app/db", "secret/metadata/app/db")]
    [InlineData("secret", VaultKvStoreVersion.V2, "secret/data/app", "secret/metadata/app")]
    [InlineData(null, VaultKvStoreVersion.V2, "secret/data/app", "secret/metadata/app")]
    [InlineData("kv", VaultKvStoreVersion.V1, "app", "kv/app")]
    public void Metadata_Key_BuildsEsoPath(string? mount, VaultKvStoreVersion version, string key, string expected) =>
        Assert.Equal(expected, VaultPaths.Metadata(Settings(mount, version), key));

    [Fact]
    public void Metadata_V2WithoutMountOrDataSegment_FailsAsEso()
    {
        var error = Assert.Throws<ProviderException>(() => VaultPaths.Metadata(Settings(null, VaultKvStoreVersion.V2), "secret/app"));

        Assert.Equal("provided Path isn't a valid kv v2 path", error.Message);
    }

    private static VaultSettings Settings(string? mount, VaultKvStoreVersion version) =>
        VaultSettings.From(new VaultProvider { Server = "http://vault:8200", Path = mount, Version = version });
}
