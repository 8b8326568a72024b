using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Aws;
using Ferry.Providers.Aws.Protocol;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Providers.Tests.Aws;

public sealed class AwsFaultTests : IAsyncLifetime
{
    private AwsBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await AwsBackend.StartAsync(new AwsProviderOptions
    {
        Retry = new AwsRetryOptions
        {
            MaxAttempts = 3,
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            AttemptTimeout = TimeSpan.FromMilliseconds(500),
        },
    });

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Theory]
    [InlineData(AwsFakeFaultKind.Throttling)]
    [InlineData(AwsFakeFaultKind.ServerError)]
    [InlineData(AwsFakeFaultKind.Hang)]
    public async Task GetSecret_TransientFaultTwice_SucceedsOnTheThirdAttempt(AwsFakeFaultKind kind)
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        fake.InjectFault(new AwsFakeFault(kind, "GetSecretValue", Count: 2));

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default)).Reveal());
        Assert.Equal(3, fake.Calls("GetSecretValue"));
    }

    [Fact]
    public async Task GetSecret_ThrottledBeyondTheAttempts_FailsWithTheThrottlingCode()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        fake.InjectFault(new AwsFakeFault(AwsFakeFaultKind.Throttling, "GetSecretValue", Count: 5));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default).AsTask());

        Assert.Equal("ThrottlingException", error.Code);
        Assert.Equal(3, fake.Calls("GetSecretValue"));
    }

    [Fact]
    public async Task GetSecret_TooManyRequests_WaitsAtLeastRetryAfter()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.ParameterStore.Put("/p", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);
        fake.InjectFault(new AwsFakeFault(AwsFakeFaultKind.TooManyRequests, "GetParameter", RetryAfter: TimeSpan.FromSeconds(1)));
        var started = TimeProvider.System.GetTimestamp();

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/p" }, default)).Reveal());

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(1), "the Retry-After of 1s was honoured");
        Assert.Equal(2, fake.Calls("GetParameter"));
    }

    [Fact]
    public async Task DeleteSecret_ServerError_IsNotRetriedBecauseItMayHaveRun()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        await client.PushSecretAsync(SecretsManagerClientTests.Push("k", "d", "v"), default);
        fake.InjectFault(new AwsFakeFault(AwsFakeFaultKind.ServerError, "DeleteSecret"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "d" }, default).AsTask());

        Assert.Equal("InternalServiceError", error.Code);
        Assert.Equal(1, fake.Calls("DeleteSecret"));
    }

    [Fact]
    public async Task AssumeRole_ThrottledOnce_IsRetried()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("r");
        fake.InjectFault(new AwsFakeFault(AwsFakeFaultKind.Throttling, "AssumeRole"));

        await using var client = await _backend.Provider.CreateClientAsync(_backend.Store(AwsServiceType.SecretsManager, p => p.Role = role), default);

        Assert.Equal(2, fake.Calls("AssumeRole"));
        Assert.Equal(1, fake.Authentications);
    }

    [Fact]
    public async Task Errors_NeverCarrySecretValues()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("not-json", "top-secret-value");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var map = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretMapAsync(new ExternalSecretDataRemoteRef { Key = "not-json" }, default).AsTask());
        var property = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "not-json", Property = "x" }, default).AsTask());

        Assert.DoesNotContain("top-secret", map.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret", property.ToString(), StringComparison.Ordinal);
    }
}
