using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;

namespace Ferry.Providers.Aws.Auth;

/// <summary>
/// Turns a store's auth into signing credentials, in ESO's order: web identity with a ServiceAccount token (jwt),
/// else static keys from Secrets (secretRef), else the SDK's default chain; then each of additionalRoles is assumed
/// in turn, and finally role (with externalID and the session tags). Runs once per pooled client.
/// </summary>
internal sealed class AwsAuthenticator(AwsProviderOptions options, HttpClient http)
{
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";
    public const string AudienceAnnotation = "eks.amazonaws.com/audience";
    public const string DefaultAudience = "sts.amazonaws.com";

    /// <summary>ESO's session name for web identity, kept so CloudTrail and IAM conditions read the same after a swap.</summary>
    public const string WebIdentitySessionName = "external-secrets-provider-aws";

    public async Task<AwsSession> AuthenticateAsync(StoreContext store, AwsProvider spec, CancellationToken cancellationToken)
    {
        var sts = new StsClient(http, options.Endpoints.StsFor(spec.Region), spec.Region, options.Time, options.Retry);
        var session = spec.Auth switch
        {
            { Jwt: { } jwt } => await WebIdentityAsync(store, jwt, sts, cancellationToken),
            { SecretRef: { } secretRef } => await StaticKeysAsync(store, secretRef, cancellationToken),
            _ => new AwsSession(await DefaultChainAsync(cancellationToken), null),
        };
        foreach (var role in spec.AdditionalRoles ?? [])
        {
            session = await AssumeAsync(sts, session, role, null, [], [], cancellationToken);
        }

        if (!string.IsNullOrEmpty(spec.Role))
        {
            session = await AssumeAsync(sts, session, spec.Role, spec.ExternalID, SessionTags(store, spec), spec.TransitiveTagKeys ?? [], cancellationToken);
        }

        return session;
    }

    /// <summary>Tags sent with AssumeRole of <c>role</c>: sessionTags, then what sessionTagsPolicy adds.</summary>
    internal static List<KeyValuePair<string, string>> SessionTags(StoreContext store, AwsProvider spec)
    {
        var tags = (spec.SessionTags ?? []).Select(t => KeyValuePair.Create(t.Key, t.Value)).ToList();
        if (spec.SessionTagsPolicy is AwsSessionTagsPolicy.Simple or AwsSessionTagsPolicy.Custom)
        {
            tags.Add(KeyValuePair.Create("esoNamespace", store.ConsumerNamespace ?? store.Identity.Namespace ?? string.Empty));
            tags.Add(KeyValuePair.Create("esoStoreName", store.Identity.Name));
            tags.Add(KeyValuePair.Create("esoStoreKind", store.Identity.Kind.ToString()));
        }

        if (spec.SessionTagsPolicy is AwsSessionTagsPolicy.Custom)
        {
            tags.AddRange((spec.CustomSessionTags ?? []).OrderBy(t => t.Key, StringComparer.Ordinal));
        }

        return tags;
    }

    private async Task<AwsSession> AssumeAsync(
        StsClient sts, AwsSession caller, string roleArn, string? externalId, List<KeyValuePair<string, string>> tags,
        IReadOnlyList<string> transitiveTagKeys, CancellationToken cancellationToken)
    {
        var sessionName = "ferry-" + options.Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var credentials = await sts.AssumeRoleAsync(caller.Credentials, roleArn, sessionName, externalId, tags,
            tags.Count > 0 ? transitiveTagKeys : [], options.SessionDuration, cancellationToken);
        return ToSession(credentials);
    }

    private async Task<AwsSession> WebIdentityAsync(StoreContext store, AwsJwtAuth jwt, StsClient sts, CancellationToken cancellationToken)
    {
        var account = jwt.ServiceAccountRef ?? throw new ProviderException("auth.jwt.serviceAccountRef is required");
        var reader = options.ServiceAccounts
            ?? throw new ProviderException("this operator cannot read ServiceAccounts, so auth.jwt is unavailable");
        var ns = SecretReferenceScope.ResolveNamespace(store.Identity, store.ConsumerNamespace, account.Namespace);
        var annotations = await reader.GetAnnotationsAsync(ns, account.Name, cancellationToken)
            ?? throw new ProviderException($"serviceaccounts \"{account.Name}\" not found (namespace: {ns})");
        if (!annotations.TryGetValue(RoleArnAnnotation, out var roleArn) || string.IsNullOrEmpty(roleArn))
        {
            throw new ProviderException($"an IAM role must be associated with service account {account.Name} (namespace: {ns})");
        }

        var audience = annotations.TryGetValue(AudienceAnnotation, out var custom) && !string.IsNullOrEmpty(custom) ? custom : DefaultAudience;
        var token = await ServiceAccountTokens.RequestAsync(store, account, [audience], ServiceAccountTokens.DefaultExpirationSeconds, cancellationToken);
        var credentials = await sts.AssumeRoleWithWebIdentityAsync(roleArn, WebIdentitySessionName, token.Token, options.SessionDuration, cancellationToken);
        return ToSession(credentials);
    }

    private static async Task<AwsSession> StaticKeysAsync(StoreContext store, AwsAuthSecretRef secretRef, CancellationToken cancellationToken)
    {
        var secretKey = await ReadKeyAsync(store, secretRef.SecretAccessKeySecretRef, "could not fetch SecretAccessKey secret", cancellationToken);
        var accessKey = await ReadKeyAsync(store, secretRef.AccessKeyIDSecretRef, "could not fetch accessKeyID secret", cancellationToken);
        var sessionToken = secretRef.SessionTokenSecretRef is { } tokenRef
            ? await ReadKeyAsync(store, tokenRef, "could not fetch SessionToken secret", cancellationToken)
            : null;
        AWSCredentials credentials = string.IsNullOrEmpty(sessionToken)
            ? new BasicAWSCredentials(accessKey, secretKey)
            : new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        return new AwsSession(credentials, null);
    }

    // A missing credentials Secret is a store problem, never the remote "secret not found" that deletion policies act on.
    private static async Task<string> ReadKeyAsync(StoreContext store, SecretKeySelector? selector, string what, CancellationToken cancellationToken)
    {
        if (selector is null)
        {
            throw new ProviderException($"{what}: no secret reference given");
        }

        try
        {
            return (await store.Credentials.GetSecretKeyAsync(selector, cancellationToken)).Reveal().Trim();
        }
        catch (SecretNotFoundException ex)
        {
            throw new ProviderException($"{what}: {ex.Message}", ex);
        }
    }

    private async Task<AWSCredentials> DefaultChainAsync(CancellationToken cancellationToken)
    {
        if (options.DefaultCredentials is { } configured)
        {
            return await configured(cancellationToken);
        }

        try
        {
            return await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync();
        }
        catch (AmazonClientException ex)
        {
            throw new ProviderException($"no AWS credentials: the store has no auth and the default credential chain found none ({ex.Message})", ex);
        }
    }

    private static AwsSession ToSession(StsCredentials credentials) =>
        new(new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken), credentials.Expiration);
}
