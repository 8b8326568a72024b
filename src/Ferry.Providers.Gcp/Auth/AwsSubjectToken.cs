using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// The subject token of Google's AWS external-account flow: an AWS STS GetCallerIdentity request signed with SigV4
/// (never sent to AWS by Ferry; Google's STS replays it to learn the caller's ARN), serialised as JSON
/// {url, method, headers[{key, value}]} and URL-encoded. The x-goog-cloud-target-resource header binds the
/// signature to the pool provider (the audience), so the token is useless for any other.
/// </summary>
internal static class AwsSubjectToken
{
    public const string TokenType = "urn:ietf:params:aws:token-type:aws4_request";

    private const string AccessKeyIdKey = "aws_access_key_id";
    private const string SecretAccessKeyKey = "aws_secret_access_key";
    private const string SessionTokenKey = "aws_session_token";

    public static async Task<SecretValue> CreateAsync(
        StoreContext store, GcpAwsSecurityCredentials aws, string audience, TimeProvider time, CancellationToken cancellationToken)
    {
        var credentials = await ReadCredentialsAsync(store, aws.AwsCredentialsSecretRef, cancellationToken).ConfigureAwait(false);
        // Google's client libraries write the URL without a path; its STS compares the shape, so Ferry does the same.
        var address = $"https://sts.{aws.Region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15";
        var url = new Uri(address);
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = url, Content = [] };
        signing.Headers["x-goog-cloud-target-resource"] = audience;
        var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = RegionEndpoint.GetBySystemName(aws.Region),
            Service = "sts",
            SignedAt = time.GetUtcNow().UtcDateTime,
        }, cancellationToken).ConfigureAwait(false);

        var headers = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["host"] = url.Host };
        foreach (var (name, value) in signing.Headers.Concat(signed.Headers))
        {
            headers[name] = value;
        }

        var request = new JsonObject
        {
            ["url"] = address,
            ["method"] = "POST",
            ["headers"] = new JsonArray([.. headers.Select(h => (JsonNode)new JsonObject { ["key"] = h.Key, ["value"] = h.Value })]),
        };
        return SecretValue.FromString(Uri.EscapeDataString(request.ToJsonString()));
    }

    private static async Task<AWSCredentials> ReadCredentialsAsync(StoreContext store, GcpAwsCredentialsSecretRef reference, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, SecretValue> data;
        try
        {
            data = await store.Credentials.GetSecretDataAsync(new SecretKeySelector { Name = reference.Name, Namespace = reference.Namespace }, cancellationToken).ConfigureAwait(false);
        }
        catch (SecretNotFoundException ex)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.awsSecurityCredentials: failed to fetch AwsSecurityCredentials secret: {ex.Message}", ex);
        }

        var keyId = data.GetValueOrDefault(AccessKeyIdKey)?.Reveal();
        var secret = data.GetValueOrDefault(SecretAccessKeyKey)?.Reveal();
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(secret))
        {
            throw new ProviderException($"auth.workloadIdentityFederation.awsSecurityCredentials: {AccessKeyIdKey} and {SecretAccessKeyKey} keys must be present in AwsSecurityCredentials secret");
        }

        var session = data.GetValueOrDefault(SessionTokenKey)?.Reveal();
        return string.IsNullOrEmpty(session) ? new BasicAWSCredentials(keyId, secret) : new SessionAWSCredentials(keyId, secret, session);
    }
}
