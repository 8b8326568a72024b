using Ferry.Providers.Tests.Contract;
using Ferry.Providers.Webhook;
using Ferry.Testing.Backends.Webhook;

namespace Ferry.Providers.Tests.Webhook;

/// <summary>The contract data on a fake webhook endpoint: <c>GET /secrets/KEY?version=V</c> answering <c>{"value": ...}</c>.</summary>
internal sealed class WebhookContractFixture : ProviderContractFixture
{
    private readonly WebhookSecretsProvider _provider = new(retry: WebhookStores.FastRetries);
    private WebhookFakeServer? _server;

    public override ISecretsProvider Provider => _provider;

    public override bool SupportsFindByName => false;

    public override bool SupportsPropertyPaths => false;

    public override bool MapKeepsJsonText => false;

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        _server = await WebhookFakeServer.StartAsync();
        foreach (var secret in seed)
        {
            _server.SetSecret(secret.Key, secret.Value, secret.Version);
        }

        // A push goes to the same URL; its value becomes the stored body, read back as {"value": body}.
        return await _provider.CreateClientAsync(WebhookStores.Context(WebhookStores.Spec(_server)), cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
