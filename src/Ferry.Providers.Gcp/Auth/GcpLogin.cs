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
            return await FederationAsync(store, federation, sts, options, cancellationToken).ConfigureAwait(false);
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

    private static async Task<GcpAccessToken> FederationAsync(
        StoreContext store, GcpWorkloadIdentityFederation federation, StsLogin sts, GcpSecretManagerProviderOptions options, CancellationToken cancellationToken)
    {
        if (federation.CredConfig is not null || federation.AwsSecurityCredentials is not null)
        {
            throw new UnsupportedOperationException("auth.workloadIdentityFederation: credConfig and awsSecurityCredentials are not supported yet; use serviceAccountRef with audience");
        }

        if (federation.ServiceAccountRef is null || string.IsNullOrEmpty(federation.Audience))
        {
            throw new ProviderException("auth.workloadIdentityFederation: serviceAccountRef and audience are required");
        }

        var subject = await ServiceAccountTokens.RequestAsync(store, federation.ServiceAccountRef, [federation.Audience], ServiceAccountTokens.DefaultExpirationSeconds, cancellationToken).ConfigureAwait(false);
        var impersonation = string.IsNullOrEmpty(federation.GcpServiceAccountEmail)
            ? null
            : new Uri(options.IamCredentialsEndpoint, $"v1/projects/-/serviceAccounts/{Uri.EscapeDataString(federation.GcpServiceAccountEmail)}:generateAccessToken");
        return await sts.ExchangeAsync(subject.Token, federation.Audience, options.StsEndpoint, impersonation, cancellationToken).ConfigureAwait(false);
    }

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
