using Ferry.Api.V1.Providers.Gcp;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// auth.workloadIdentityFederation with exactly one subject token source, as ESO: a Kubernetes ServiceAccount
/// (serviceAccountRef + audience), a Google credential configuration in a ConfigMap (credConfig), or AWS keys in a
/// Secret (awsSecurityCredentials + audience). The subject token is exchanged at STS, then impersonates a Google
/// service account when one is named.
/// </summary>
internal static class FederationLogin
{
    private const string Invalid = "invalid workloadIdentityFederation config";

    public static async Task<GcpAccessToken> LoginAsync(
        StoreContext store, GcpWorkloadIdentityFederation federation, StsLogin sts, GcpSecretManagerProviderOptions options, CancellationToken cancellationToken)
    {
        var sources = (federation.CredConfig is null ? 0 : 1) + (federation.ServiceAccountRef is null ? 0 : 1) + (federation.AwsSecurityCredentials is null ? 0 : 1);
        if (sources != 1)
        {
            throw new ProviderException($"{Invalid}: exactly one of credConfig, awsSecurityCredentials or serviceAccountRef must be provided");
        }

        if (federation.CredConfig is { } credConfig)
        {
            return await CredConfigAsync(store, federation, credConfig, sts, options, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrEmpty(federation.Audience))
        {
            throw new ProviderException($"{Invalid}: audience must be provided, when serviceAccountRef or awsSecurityCredentials is provided");
        }

        var impersonation = string.IsNullOrEmpty(federation.GcpServiceAccountEmail) ? null : GcpLogin.ImpersonationUrl(options, federation.GcpServiceAccountEmail);
        if (federation.AwsSecurityCredentials is { } aws)
        {
            var signed = await AwsSubjectToken.CreateAsync(store, aws, federation.Audience, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            return await sts.ExchangeAsync(signed, federation.Audience, options.StsEndpoint, impersonation, cancellationToken, AwsSubjectToken.TokenType).ConfigureAwait(false);
        }

        var subject = await ServiceAccountTokens.RequestAsync(store, federation.ServiceAccountRef!, [federation.Audience], ServiceAccountTokens.DefaultExpirationSeconds, cancellationToken).ConfigureAwait(false);
        return await sts.ExchangeAsync(subject.Token, federation.Audience, options.StsEndpoint, impersonation, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<GcpAccessToken> CredConfigAsync(
        StoreContext store, GcpWorkloadIdentityFederation federation, GcpConfigMapReference reference, StsLogin sts, GcpSecretManagerProviderOptions options, CancellationToken cancellationToken)
    {
        var reader = options.ConfigMaps
            ?? throw new ProviderException("auth.workloadIdentityFederation.credConfig: this operator cannot read ConfigMaps (no ConfigMap access configured)");
        var ns = SecretReferenceScope.ResolveNamespace(store.Identity, store.ConsumerNamespace, reference.Namespace);
        var data = await reader(ns, reference.Name, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"auth.workloadIdentityFederation.credConfig: failed to fetch external account credentials configmap \"{ns}/{reference.Name}\": not found");
        if (!data.TryGetValue(reference.Key, out var json))
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: missing key \"{reference.Key}\" in configmap \"{ns}/{reference.Name}\"");
        }

        if (string.IsNullOrEmpty(json))
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: key \"{reference.Key}\" in configmap \"{ns}/{reference.Name}\" has empty value");
        }

        var config = ExternalAccountConfig.Parse(json, $"auth.workloadIdentityFederation.credConfig (configmap \"{ns}/{reference.Name}\")");
        var plan = ExternalAccountRules.Check(config, federation, options);
        var subject = await sts.ReadSubjectTokenAsync(plan.Source, options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        return await sts.ExchangeAsync(subject, plan.Audience, options.StsEndpoint, plan.Impersonation, cancellationToken, plan.SubjectTokenType).ConfigureAwait(false);
    }
}
