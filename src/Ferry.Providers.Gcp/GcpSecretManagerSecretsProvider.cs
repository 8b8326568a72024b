using Ferry.Api.V1;
using Ferry.Providers.Gcp.Auth;

namespace Ferry.Providers.Gcp;

/// <summary>
/// ESO's <c>gcpsm</c> provider: Google Cloud Secret Manager v1 over REST (global or regional endpoint), authenticated
/// with a service account key, GKE workload identity, workload identity federation or Application Default
/// Credentials. One instance serves every store and shares one HTTP stack; dispose it with the host.
/// </summary>
public sealed class GcpSecretManagerSecretsProvider(GcpSecretManagerProviderOptions? options = null) : ISecretsProvider, IDisposable
{
    public const string ProviderName = "gcpsm";

    private readonly GcpSecretManagerProviderOptions _options = options ?? new GcpSecretManagerProviderOptions();
    private readonly Lazy<HttpClient> _http = new(() => new HttpClient(
        options?.HttpHandlerFactory?.Invoke() ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec) => GcpStoreValidation.Validate(store, spec);

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.GcpSecretManager ?? throw new ProviderException("invalid provider spec: missing GCP SM provider");
        if (string.IsNullOrEmpty(spec.ProjectID))
        {
            throw new ProviderException("projectID is required");
        }

        var http = _http.Value;
        var sts = new StsLogin(http, _options.TimeProvider);
        Task<GcpAccessToken> Login(CancellationToken ct) => GcpLogin.LoginAsync(store, spec, sts, _options, ct);
        var session = new GcpSession(await Login(cancellationToken).ConfigureAwait(false), Login);
        var names = new GcpResourceNames(spec.ProjectID, spec.Location, _options.SecretManagerEndpoint);
        var referent = GcpStoreValidation.IsReferent(store.Identity, spec) && string.IsNullOrEmpty(store.ConsumerNamespace);
        return new GcpSecretManagerClient(new GcpRestTransport(http, _options), names, session, spec, referent);
    }

    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }
    }
}
