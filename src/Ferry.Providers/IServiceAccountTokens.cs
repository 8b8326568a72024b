namespace Ferry.Providers;

/// <summary>
/// ServiceAccounts a store names for workload identity (Azure WorkloadIdentity, Vault/GCP/AWS federated logins):
/// their annotations, and tokens minted for them through the TokenRequest API. The controllers implement it over
/// the Kubernetes API; providers resolve the namespace with <see cref="SecretReferenceScope"/> before calling it.
/// </summary>
public interface IServiceAccountTokens
{
    /// <summary>The ServiceAccount's annotations; <see cref="SecretNotFoundException"/> when it does not exist.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken);

    /// <summary>A token for the ServiceAccount with these audiences (TokenRequest); null expiration lets the API server choose.</summary>
    ValueTask<string> CreateTokenAsync(
        string @namespace, string name, IReadOnlyList<string> audiences, TimeSpan? expiration, CancellationToken cancellationToken);
}
