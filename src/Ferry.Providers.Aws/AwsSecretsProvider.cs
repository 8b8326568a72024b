using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Aws.Auth;
using Ferry.Providers.Aws.ParameterStore;
using Ferry.Providers.Aws.Protocol;
using Ferry.Providers.Aws.SecretsManager;

namespace Ferry.Providers.Aws;

/// <summary>
/// ESO's <c>aws</c> provider for Secrets Manager and Parameter Store. A client authenticates once (STS calls
/// included) and signs every call with those credentials until the pool replaces it shortly before
/// <see cref="IExpiringSecretsClient.ExpiresAt"/>. All clients of one provider share one pooled HTTP handler.
/// </summary>
public sealed class AwsSecretsProvider : ISecretsProvider, IDisposable
{
    public const string ProviderName = "aws";

    private readonly AwsProviderOptions _options;
    private readonly HttpClient _http;

    public AwsSecretsProvider(AwsProviderOptions? options = null)
    {
        _options = options ?? new AwsProviderOptions();
        // Timeouts are per attempt (AwsRetryOptions.AttemptTimeout), so the client's own timeout is off.
        _http = new HttpClient(_options.HttpHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: _options.HttpHandler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return AwsStoreValidation.Validate(store, spec.Provider.Aws);
    }

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.Aws;
        var validation = AwsStoreValidation.Validate(store.Identity, spec);
        if (!validation.IsValid)
        {
            throw new ProviderException(validation.Error!);
        }

        var retry = store.Spec.RetrySettings?.MaxRetries is { } maxRetries and >= 0
            ? _options.Retry with { MaxAttempts = maxRetries + 1 }
            : _options.Retry;
        var options = _options with { Retry = retry };
        var session = await new AwsAuthenticator(options, _http).AuthenticateAsync(store, spec!, cancellationToken);
        var referent = AwsStoreValidation.IsReferentAuth(store.Identity, spec!);
        var region = spec!.Region;
        if (spec.Service == AwsServiceType.ParameterStore)
        {
            var endpoint = new AwsServiceEndpoint(options.Endpoints.ParameterStoreFor(region), region, ParameterStoreApi.SigningName, ParameterStoreApi.TargetPrefix);
            return new ParameterStoreClient(new ParameterStoreApi(new AwsJsonClient(_http, endpoint, session.Credentials, options.Time, retry)), spec, session.ExpiresAt, referent);
        }

        var secretsManager = new AwsServiceEndpoint(options.Endpoints.SecretsManagerFor(region), region, SecretsManagerApi.SigningName, SecretsManagerApi.TargetPrefix);
        return new SecretsManagerClient(new SecretsManagerApi(new AwsJsonClient(_http, secretsManager, session.Credentials, options.Time, retry)), spec, session.ExpiresAt, referent);
    }

    public void Dispose() => _http.Dispose();
}
