using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Tests;

public sealed class CapabilityGuardedClientTests
{
    private static readonly PushSecretRequest AnyPush = new(
        new Dictionary<string, SecretValue>(),
        new PushSecretData { Match = new PushSecretMatch { RemoteRef = new PushSecretRemoteRef { RemoteKey = "r" } } });

    [Fact]
    public async Task PushAndDelete_ReadOnlyProviderWhoseClientWouldSucceed_ThrowAndNeverReachTheClient()
    {
        var provider = new RecordingProvider(ProviderCapabilities.ReadOnly);
        await using var client = await provider.CreateGuardedClientAsync(TestStores.Fake([]), CancellationToken.None);

        var push = await Assert.ThrowsAsync<UnsupportedOperationException>(() => client.PushSecretAsync(AnyPush, CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "r" }, CancellationToken.None).AsTask());

        Assert.Equal("provider recording is read-only: push is not supported", push.Message);
        Assert.Equal(0, provider.LastClient.PushCount);
        Assert.Equal(0, provider.LastClient.DeleteCount);
    }

    [Fact]
    public async Task Get_WriteOnlyProvider_Throws()
    {
        var provider = new RecordingProvider(ProviderCapabilities.WriteOnly);
        await using var client = await provider.CreateGuardedClientAsync(TestStores.Fake([]), CancellationToken.None);

        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "k" }, CancellationToken.None).AsTask());
        await client.PushSecretAsync(AnyPush, CancellationToken.None);
        Assert.Equal(1, provider.LastClient.PushCount);
    }

    [Fact]
    public async Task DisposeAsync_Guarded_DisposesInnerClient()
    {
        var provider = new RecordingProvider(ProviderCapabilities.ReadWrite);
        var client = await provider.CreateGuardedClientAsync(TestStores.Fake([]), CancellationToken.None);

        await client.DisposeAsync();

        Assert.True(provider.LastClient.IsDisposed);
    }

    [Theory]
    [InlineData(ProviderCapabilities.ReadOnly, "ReadOnly")]
    [InlineData(ProviderCapabilities.WriteOnly, "WriteOnly")]
    [InlineData(ProviderCapabilities.ReadWrite, "ReadWrite")]
    public void ToStatusText_Capabilities_EsoStrings(ProviderCapabilities capabilities, string expected)
    {
        Assert.Equal(expected, capabilities.ToStatusText());
    }
}
