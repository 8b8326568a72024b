using Ferry.Api.V1;
using k8s;
using k8s.Models;

namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>
/// Mints a token for <c>auth.serviceAccount</c> through the local cluster's TokenRequest API
/// (<c>serviceaccounts/NAME/token</c>), for one hour as ESO asks, with the store's audiences. The expiry the API
/// server grants is what the pooled client reports, so the pool renews the client before the token lapses.
/// </summary>
internal sealed class ServiceAccountTokenIssuer(IKubernetes localCluster, TimeProvider time)
{
    public const long ExpirationSeconds = 3600;

    public async ValueTask<IssuedToken> IssueAsync(StoreContext store, ServiceAccountSelector account, CancellationToken cancellationToken)
    {
        var ns = Namespace(store, account);
        var request = new Authenticationv1TokenRequest
        {
            Spec = new V1TokenRequestSpec
            {
                Audiences = account.Audiences is { Count: > 0 } audiences ? [.. audiences] : null,
                ExpirationSeconds = ExpirationSeconds,
            },
        };
        Authenticationv1TokenRequest issued;
        try
        {
            issued = await localCluster.CoreV1.CreateNamespacedServiceAccountTokenAsync(request, account.Name, ns, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw new ProviderException(
                $"failed to prepare auth: could not fetch Auth.ServiceAccount: cannot create service account token: \"{KubernetesErrors.Describe(ex)}\"", ex);
        }

        var token = issued.Status?.Token;
        if (string.IsNullOrEmpty(token))
        {
            throw new ProviderException("failed to prepare auth: could not fetch Auth.ServiceAccount: the TokenRequest returned no token");
        }

        // A server that omits the expiry still honoured the requested lifetime at most.
        var expiresAt = issued.Status!.ExpirationTimestamp is { } timestamp
            ? new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Utc))
            : time.GetUtcNow().AddSeconds(ExpirationSeconds);
        return new IssuedToken(token, expiresAt);
    }

    // ESO: the consumer's namespace, or the selector's namespace on a ClusterSecretStore. A SecretStore always uses
    // its own namespace, so a namespaced store can never mint a token for another namespace's account.
    private static string Namespace(StoreContext store, ServiceAccountSelector account)
    {
        if (!store.Identity.IsClusterScoped)
        {
            return store.Identity.Namespace!;
        }

        return account.Namespace ?? store.ConsumerNamespace
            ?? throw new ProviderException(SecretReferenceScope.ClusterScopeRequiresNamespaceMessage);
    }
}
