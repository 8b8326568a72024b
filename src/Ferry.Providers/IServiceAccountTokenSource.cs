namespace Ferry.Providers;

/// <summary>
/// Mints ServiceAccount tokens through the TokenRequest API (serviceaccounts/NAME/token). The controllers implement
/// it over their Kubernetes client, so providers that log in with a workload's identity (Vault Kubernetes and JWT
/// auth, AWS web identity, GCP and Azure workload identity) stay free of the Kubernetes client. Callers go through
/// <see cref="ServiceAccountTokens.RequestAsync"/>, which applies the store's namespace rules first.
/// </summary>
public interface IServiceAccountTokenSource
{
    ValueTask<ServiceAccountToken> RequestTokenAsync(
        string @namespace,
        string name,
        IReadOnlyList<string> audiences,
        long expirationSeconds,
        CancellationToken cancellationToken);
}
