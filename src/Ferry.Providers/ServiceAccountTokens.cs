using Ferry.Api.V1;

namespace Ferry.Providers;

/// <summary>Requests a token for a store's serviceAccountRef, within the store's scope (as ESO's createServiceAccountToken).</summary>
public static class ServiceAccountTokens
{
    /// <summary>ESO's token lifetime when the store names none: ten minutes, the shortest the API server grants.</summary>
    public const long DefaultExpirationSeconds = 600;

    /// <exception cref="ProviderException">The operator cannot mint tokens, or the reference escapes the store's scope.</exception>
    public static ValueTask<ServiceAccountToken> RequestAsync(
        StoreContext store,
        ServiceAccountSelector serviceAccount,
        IEnumerable<string>? additionalAudiences,
        long expirationSeconds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(serviceAccount);
        var source = store.ServiceAccountTokens
            ?? throw new ProviderException("this operator cannot request ServiceAccount tokens (no TokenRequest access configured)");
        var ns = SecretReferenceScope.ResolveNamespace(store.Identity, store.ConsumerNamespace, serviceAccount.Namespace);
        IReadOnlyList<string> audiences = [.. serviceAccount.Audiences ?? [], .. additionalAudiences ?? []];
        return source.RequestTokenAsync(ns, serviceAccount.Name, audiences, expirationSeconds, cancellationToken);
    }
}
