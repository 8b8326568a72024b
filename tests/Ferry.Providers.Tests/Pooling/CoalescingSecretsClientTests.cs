using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Pooling;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Pooling;

public sealed class CoalescingSecretsClientTests : IAsyncDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CountingClient _backend = new();
    private readonly CoalescingSecretsClient _client;

    public CoalescingSecretsClientTests() => _client = new CoalescingSecretsClient(_backend, _time, Window);

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    [Fact]
    public async Task GetSecret_ConcurrentIdenticalReads_ShareOneBackendCall()
    {
        _backend.Close();

        var reads = Enumerable.Range(0, 10).Select(_ => _client.GetSecretAsync(Ref("db", "password"), CancellationToken.None).AsTask()).ToList();
        _backend.Release();
        var values = await Task.WhenAll(reads);

        Assert.Equal(1, _backend.Reads);
        Assert.All(values, v => Assert.Equal("db/password#1", v.Reveal()));
    }

    [Fact]
    public async Task GetSecret_RepeatedWithinTheWindow_IsAnsweredWithoutTheBackend()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);
        _time.Advance(Window - TimeSpan.FromMilliseconds(1));

        var again = await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(1, _backend.Reads);
        Assert.Equal("db/#1", again.Reveal());
    }

    [Fact]
    public async Task GetSecret_AfterTheWindow_ReachesTheBackendAgain()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);
        _time.Advance(Window);

        var fresh = await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
        Assert.Equal("db/#2", fresh.Reveal());
    }

    [Fact]
    public async Task GetSecret_WindowStartsWhenTheAnswerArrives()
    {
        _backend.Close();
        var slow = _client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask();
        _time.Advance(Window * 2);
        _backend.Release();
        await slow;
        _time.Advance(Window - TimeSpan.FromMilliseconds(1));

        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(1, _backend.Reads);
    }

    [Theory]
    [InlineData("db", "user", null)]
    [InlineData("db", "password", "v2")]
    [InlineData("other", "password", null)]
    public async Task GetSecret_ReadsThatDifferInAnyField_AreNotShared(string key, string property, string? version)
    {
        await _client.GetSecretAsync(Ref("db", "password"), CancellationToken.None);

        await _client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = key, Property = property, Version = version }, CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task GetSecret_DecodingStrategyDiffers_IsNotShared()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        await _client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", DecodingStrategy = ExternalSecretDecodingStrategy.Base64 }, CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task GetSecret_Failure_IsNotReused()
    {
        _backend.FailNext = 1;

        await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());
        var retried = await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
        Assert.Equal("db/#2", retried.Reveal());
    }

    [Fact]
    public async Task GetSecret_ConcurrentReadersOfAFailure_AllSeeIt()
    {
        _backend.Close();
        _backend.FailNext = 1;

        var first = _client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask();
        var second = _client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask();
        _backend.Release();

        await Assert.ThrowsAsync<ProviderException>(() => first);
        await Assert.ThrowsAsync<ProviderException>(() => second);
        Assert.Equal(1, _backend.Reads);
    }

    [Fact]
    public async Task GetSecret_OneCallerCancels_OthersStillGetTheAnswer()
    {
        _backend.Close();
        using var cancel = new CancellationTokenSource();

        var abandoned = _client.GetSecretAsync(Ref("db"), cancel.Token).AsTask();
        var patient = _client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask();
        await cancel.CancelAsync();
        _backend.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal("db/#1", (await patient).Reveal());
    }

    [Fact]
    public async Task GetSecretMap_AndGetSecret_OfTheSameKey_AreDifferentReads()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);
        await _client.GetSecretMapAsync(Ref("db"), CancellationToken.None);
        await _client.GetSecretMapAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task GetAllSecrets_SameTagsInAnotherOrder_IsShared()
    {
        await _client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["a"] = "1", ["b"] = "2" } }, CancellationToken.None);

        await _client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["b"] = "2", ["a"] = "1" } }, CancellationToken.None);
        await _client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["a"] = "1" } }, CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task PushSecret_ForgetsEarlierReads()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        await _client.PushSecretAsync(new PushSecretRequest(
            new Dictionary<string, SecretValue>(),
            new PushSecretData { Match = new PushSecretMatch { RemoteRef = new PushSecretRemoteRef { RemoteKey = "db" } } }), CancellationToken.None);
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task DeleteSecret_ForgetsEarlierReads()
    {
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        await _client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "db" }, CancellationToken.None);
        await _client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal(2, _backend.Reads);
    }

    [Fact]
    public async Task ManyDistinctReads_ExpiredOnesArePruned()
    {
        for (var i = 0; i < 200; i++)
        {
            await _client.GetSecretAsync(Ref($"k{i}"), CancellationToken.None);
            _time.Advance(Window);
        }

        await _client.GetSecretAsync(Ref("k0"), CancellationToken.None);

        Assert.Equal(201, _backend.Reads);
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null) => new() { Key = key, Property = property };
}
