using Ferry.Api.V1Alpha1;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpPushTests
{
    [Fact]
    public async Task PushSecret_NewSecret_CreatesItLabelledManagedBy()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();

        await client.PushSecretAsync(Push("pushed", "value"), CancellationToken.None);

        Assert.Equal("value", backend.Fake.LatestValue("pushed"));
        Assert.Equal("external-secrets", backend.Fake.GetSecret("pushed")!.Labels["managed-by"]);
    }

    [Fact]
    public async Task PushSecret_SameValue_AddsNoVersion()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();

        await client.PushSecretAsync(Push("pushed", "value"), CancellationToken.None);
        await client.PushSecretAsync(Push("pushed", "value"), CancellationToken.None);

        Assert.Single(backend.Fake.GetSecret("pushed")!.Versions);
        Assert.Equal(1, backend.Fake.Calls("addVersion"));
    }

    [Fact]
    public async Task PushSecret_UnmanagedSecret_IsRefused()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("theirs", "keep");
        await using var client = await backend.ClientAsync();

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.PushSecretAsync(Push("theirs", "new"), CancellationToken.None).AsTask());

        Assert.Contains("not managed by external secrets", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep", backend.Fake.LatestValue("theirs"));
    }

    [Fact]
    public async Task PushSecret_CreateFailingWith503_IsNotRepeated()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();
        backend.Fake.InjectFault(GcpFakeFault.Unavailable with { Method = "POST" });

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.PushSecretAsync(Push("pushed", "value"), CancellationToken.None).AsTask());

        // One failed POST and no second one: a repeat would have created the secret.
        Assert.Contains("UNAVAILABLE", error.Message, StringComparison.Ordinal);
        Assert.Null(backend.Fake.GetSecret("pushed"));
    }

    [Fact]
    public async Task PushSecret_CreateThrottled_IsRetriedBecauseNothingWasDone()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();
        backend.Fake.InjectFault(GcpFakeFault.Throttled() with { Method = "POST" });

        await client.PushSecretAsync(Push("pushed", "value"), CancellationToken.None);

        Assert.Equal("value", backend.Fake.LatestValue("pushed"));
    }

    [Fact]
    public async Task PushSecret_Property_MergesIntoJson()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();

        await client.PushSecretAsync(Push("cfg", "u", property: "user"), CancellationToken.None);
        await client.PushSecretAsync(Push("cfg", "p", property: "password"), CancellationToken.None);

        Assert.Equal("""{"user":"u","password":"p"}""", backend.Fake.LatestValue("cfg"));
    }

    [Fact]
    public async Task DeleteSecret_ManagedSecret_IsDeletedAndUnmanagedKept()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("theirs", "keep");
        await using var client = await backend.ClientAsync();
        await client.PushSecretAsync(Push("mine", "v"), CancellationToken.None);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "mine" }, CancellationToken.None);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "theirs" }, CancellationToken.None);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "never" }, CancellationToken.None);

        Assert.Null(backend.Fake.GetSecret("mine"));
        Assert.NotNull(backend.Fake.GetSecret("theirs"));
    }

    private static PushSecretRequest Push(string remoteKey, string value, string? property = null) => new(
        new Dictionary<string, SecretValue> { ["k"] = SecretValue.FromString(value) },
        new PushSecretData { Match = new PushSecretMatch { SecretKey = "k", RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey, Property = property } } });
}
