using Ferry.Api.V1.Providers.Gcp;
using Google.Apis.Auth.OAuth2;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>Picks the store's auth method in ESO's order (secretRef, workloadIdentity, workloadIdentityFederation, ADC) and logs in once.</summary>
internal static class GcpLogin
{
    public static async Task<GcpAccessToken> LoginAsync(
        StoreContext store, GcpSecretManagerProvider spec, StsLogin sts, GcpSecretManagerProviderOptions options, CancellationToken cancellationToken)
    {
        var auth = spec.Auth;
        if (auth?.SecretRef?.SecretAccessKeySecretRef is { } keyRef)
        {
            var key = await store.Credentials.GetSecretKeyAsync(keyRef, cancellationToken).ConfigureAwait(false);
            return await ServiceAccountKeyLogin.LoginAsync(key.Reveal(), cancellationToken).ConfigureAwait(false);
        }

        if (auth?.WorkloadIdentity is { } gke)
        {
            return await GkeWorkloadIdentityAsync(store, spec, gke, sts, options, cancellationToken).ConfigureAwait(false);
        }

        if (auth?.WorkloadIdentityFederation is { } federation)
        {
            return await FederationLogin.LoginAsync(store, federation, sts, options, cancellationToken).ConfigureAwait(false);
        }

        return await ApplicationDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    // GKE: the ServiceAccount token's audience is the cluster's identity namespace, and STS accepts it for that
    // namespace's provider. Discovering the cluster from the metadata server is not supported: name it in the spec.
    private static async Task<GcpAccessToken> GkeWorkloadIdentityAsync(
        StoreContext store, GcpSecretManagerProvider spec, GcpWorkloadIdentity gke, StsLogin sts, GcpSecretManagerProviderOptions options, CancellationToken cancellationToken)
    {
        var project = gke.ClusterProjectID ?? spec.ProjectID;
        if (string.IsNullOrEmpty(project) || string.IsNullOrEmpty(gke.ClusterLocation) || string.IsNullOrEmpty(gke.ClusterName))
        {
            throw new ProviderException("auth.workloadIdentity: clusterLocation and clusterName (and a project) must be set; discovery from the GKE metadata server is not supported");
        }

        var identityNamespace = $"{project}.svc.id.goog";
        var audience = $"identitynamespace:{identityNamespace}:https://container.googleapis.com/v1/projects/{project}/locations/{gke.ClusterLocation}/clusters/{gke.ClusterName}";
        var subject = await ServiceAccountTokens.RequestAsync(store, gke.ServiceAccountRef, [identityNamespace], ServiceAccountTokens.DefaultExpirationSeconds, cancellationToken).ConfigureAwait(false);
        return await sts.ExchangeAsync(subject.Token, audience, options.StsEndpoint, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>IAM Credentials generateAccessToken for <paramref name="email"/>, under the provider's endpoint.</summary>
    public static Uri ImpersonationUrl(GcpSecretManagerProviderOptions options, string email) =>
        new(options.IamCredentialsEndpoint, $"v1/projects/-/serviceAccounts/{Uri.EscapeDataString(email)}:generateAccessToken");

    private static async Task<GcpAccessToken> ApplicationDefaultAsync(CancellationToken cancellationToken)
    {
        try
        {
            var credential = await GoogleCredential.GetApplicationDefaultAsync(cancellationToken).ConfigureAwait(false);
            var token = await credential.CreateScoped(GcpScopes.CloudPlatform).UnderlyingCredential
                .GetAccessTokenForRequestAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            // Google.Apis.Auth refreshes ADC tokens itself; a pooled client is rebuilt hourly to pick up new ones.
            return new GcpAccessToken(token, null);
        }
        catch (InvalidOperationException ex)
        {
            throw new ProviderException($"no auth configured and Application Default Credentials are unavailable: {ex.Message}", ex);
        }
    }
}
