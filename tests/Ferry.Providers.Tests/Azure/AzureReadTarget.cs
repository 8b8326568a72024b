using Ferry.Providers.Azure;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>
/// The vault the read tests run against: the fake by default, or a real one when the FERRY_TEST_AZURE_* variables
/// are set (<see cref="AzureRealVault"/>). Secrets are seeded through the vault's API either way; tests that need the
/// fake's keys, certificates or call counters read <see cref="Fake"/> and return early against a real vault.
/// </summary>
internal sealed class AzureReadTarget : IAsyncDisposable
{
    private readonly AzureTestVault? _fake;
    private readonly AzureRealVault? _real;
    private readonly AzureKeyVaultSecretsProvider? _realProvider;

    private AzureReadTarget(AzureTestVault? fake, AzureRealVault? real)
    {
        _fake = fake;
        _real = real;
        _realProvider = real is null ? null : new AzureKeyVaultSecretsProvider();
    }

    public AzureKeyVaultFake? Fake => _fake?.Fake;

    public static async Task<AzureReadTarget> StartAsync(AzureKeyVaultFakeOptions? fakeOptions = null) =>
        AzureRealVault.FromEnvironment() is { } real
            ? new AzureReadTarget(null, real)
            : new AzureReadTarget(await AzureTestVault.StartAsync(fakeOptions), null);

    public async Task<ISecretsClient> ClientAsync() => _real is not null
        ? await _realProvider!.CreateClientAsync(_real.Context(), CancellationToken.None)
        : await _fake!.ClientAsync();

    public Task SetSecretAsync(string name, string value, IReadOnlyDictionary<string, string>? tags = null, bool enabled = true)
    {
        if (_real is not null)
        {
            return _real.SetSecretAsync(name, value, tags, enabled);
        }

        _fake!.Fake.SetSecret(name, value, new AzureFakeSecretOptions { Tags = tags, Enabled = enabled });
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _realProvider?.Dispose();
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }
}
