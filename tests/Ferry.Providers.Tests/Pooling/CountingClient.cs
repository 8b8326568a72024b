using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Tests.Pooling;

/// <summary>
/// A backend stand-in that counts reads per operation, answers with the key it was asked for, can hold every read
/// at a gate until the test opens it, and can fail the next reads.
/// </summary>
internal sealed class CountingClient : ISecretsClient
{
    private TaskCompletionSource _gate = Open();

    public int Reads { get; private set; }

    public int FailNext { get; set; }

    public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        await EnterAsync();
        return SecretValue.FromString($"{remoteRef.Key}/{remoteRef.Property}#{Reads}");
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        await EnterAsync();
        return new Dictionary<string, SecretValue> { [remoteRef.Key] = SecretValue.FromString($"#{Reads}") };
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        await EnterAsync();
        return new Dictionary<string, SecretValue> { ["found"] = SecretValue.FromString($"#{Reads}") };
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ClientValidation.Ready);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task EnterAsync()
    {
        Reads++;
        await _gate.Task;
        if (FailNext > 0)
        {
            FailNext--;
            throw new ProviderException("backend unavailable");
        }
    }
}
