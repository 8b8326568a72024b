using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Ferry.Providers.Azure.Auth;

namespace Ferry.Providers.Azure;

/// <summary>
/// One HTTP stack shared by every client the provider builds (connection reuse across stores), with the client
/// options every SDK client and credential gets: the transport, and retries with exponential backoff and jitter
/// that honour Retry-After.
/// </summary>
internal sealed class AzureTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly AzureKeyVaultProviderOptions _options;

    public AzureTransport(AzureKeyVaultProviderOptions options)
    {
        _options = options;
        var handler = options.HttpHandlerFactory?.Invoke() ?? CreateHandler(options.TrustedCertificateAuthoritiesPem);
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        Transport = new HttpClientTransport(_http);
    }

    public HttpPipelineTransport Transport { get; }

    public T Configure<T>(T clientOptions)
        where T : ClientOptions
    {
        clientOptions.Transport = Transport;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = _options.MaxRetries;
        clientOptions.Retry.Delay = _options.RetryDelay;
        clientOptions.Retry.MaxDelay = _options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = _options.NetworkTimeout;
        // Secret values never reach logs: Azure.Core logs no bodies unless asked, and we never ask.
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        return clientOptions;
    }

    /// <summary>
    /// <see cref="Configure{T}"/> for clients of the vault itself, whose writes are repeated only when that is safe
    /// (<see cref="AzureVaultRetryPolicy"/>), and whose refused tokens <paramref name="refusals"/> notes. Credentials
    /// keep the plain policy: a token request may always be repeated.
    /// </summary>
    public T ConfigureVault<T>(T clientOptions, RefusedTokenWatch refusals)
        where T : ClientOptions
    {
        Configure(clientOptions);
        clientOptions.AddPolicy(refusals, HttpPipelinePosition.PerRetry);
        clientOptions.RetryPolicy = new AzureVaultRetryPolicy(
            _options.MaxRetries, DelayStrategy.CreateExponentialDelayStrategy(_options.RetryDelay, _options.MaxRetryDelay));
        return clientOptions;
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(string? extraRootsPem)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (string.IsNullOrWhiteSpace(extraRootsPem))
        {
            return handler;
        }

        var roots = new X509Certificate2Collection();
        roots.ImportFromPem(extraRootsPem);
        handler.SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                errors == SslPolicyErrors.None || ChainsToExtraRoot(certificate, chain, errors, roots),
        };
        return handler;
    }

    // Name mismatches stay fatal; only an untrusted root may be rescued by the configured CA bundle.
    private static bool ChainsToExtraRoot(X509Certificate? presented, X509Chain? original, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        if (presented is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (original is not null)
        {
            foreach (var element in original.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return chain.Build(leaf);
    }
}
