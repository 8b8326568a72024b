using Ferry.Api.V1;

namespace Ferry.Providers.Tests;

/// <summary>A provider with chosen capabilities whose clients record calls and whose push/delete would "succeed".</summary>
internal sealed class RecordingProvider(ProviderCapabilities capabilities) : ISecretsProvider
{
    public RecordingClient LastClient { get; private set; } = new();

    public string Name => "recording";

    public ProviderCapabilities Capabilities => capabilities;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec) => StoreValidation.Valid;

    public ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        LastClient = new RecordingClient();
        return ValueTask.FromResult<ISecretsClient>(LastClient);
    }
}
