using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;
using Ferry.Providers.Webhook;
using Ferry.Testing.Backends.Webhook;

namespace Ferry.Providers.Tests.Webhook;

/// <summary>Store specs and clients pointed at a <see cref="WebhookFakeServer"/>.</summary>
internal static class WebhookStores
{
    public static WebhookRetryOptions FastRetries { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) };

    public static WebhookProvider Spec(WebhookFakeServer server) => new()
    {
        // Reads see .remoteRef.key, pushes and deletes .remoteRef.remoteKey (as in ESO): one URL serves both.
        Url = server.Url + "secrets/{{ if .remoteRef.key }}{{ .remoteRef.key }}{{ else }}{{ .remoteRef.remoteKey }}{{ end }}{{ if .remoteRef.version }}?version={{ .remoteRef.version }}{{ end }}",
        Result = new WebhookResult { JsonPath = "$.value" },
    };

    public static StoreContext Context(WebhookProvider spec, IStoreCredentials? credentials = null) => new(
        new StoreIdentity(SecretStoreKind.SecretStore, "default", "webhook", "uid-webhook"),
        new SecretStoreSpec { Provider = new SecretStoreProvider { Webhook = spec } },
        "default",
        credentials ?? new DictionaryCredentials());

    public static async Task<ISecretsClient> ClientAsync(WebhookProvider spec, IStoreCredentials? credentials = null, WebhookRetryOptions? retry = null) =>
        await new WebhookSecretsProvider(retry: retry ?? FastRetries).CreateClientAsync(Context(spec, credentials), CancellationToken.None);
}
