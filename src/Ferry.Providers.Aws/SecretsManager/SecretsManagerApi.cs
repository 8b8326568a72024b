using Ferry.Providers.Aws.Protocol;
using Ferry.Providers.Aws.SecretsManager.Wire;

namespace Ferry.Providers.Aws.SecretsManager;

/// <summary>The Secrets Manager operations Ferry uses, typed, over JSON 1.1. Reads and token-carrying writes are idempotent.</summary>
internal sealed class SecretsManagerApi(AwsJsonClient json)
{
    public const string TargetPrefix = "secretsmanager";
    public const string SigningName = "secretsmanager";

    public Task<SecretValueEntry> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<GetSecretValueRequest, SecretValueEntry>("GetSecretValue", request, idempotent: true, cancellationToken);

    public Task<BatchGetSecretValueResponse> BatchGetSecretValueAsync(BatchGetSecretValueRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<BatchGetSecretValueRequest, BatchGetSecretValueResponse>("BatchGetSecretValue", request, idempotent: true, cancellationToken);

    public Task<ListSecretsResponse> ListSecretsAsync(ListSecretsRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<ListSecretsRequest, ListSecretsResponse>("ListSecrets", request, idempotent: true, cancellationToken);

    public Task<SecretListEntry> DescribeSecretAsync(string secretId, CancellationToken cancellationToken) =>
        json.CallAsync<DescribeSecretRequest, SecretListEntry>("DescribeSecret", new(secretId), idempotent: true, cancellationToken);

    public Task<EmptyResponse> CreateSecretAsync(CreateSecretRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<CreateSecretRequest, EmptyResponse>("CreateSecret", request, idempotent: true, cancellationToken);

    public Task<EmptyResponse> PutSecretValueAsync(PutSecretValueRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<PutSecretValueRequest, EmptyResponse>("PutSecretValue", request, idempotent: true, cancellationToken);

    // Not idempotent: a repeated delete of a secret already scheduled answers InvalidRequestException.
    public Task<EmptyResponse> DeleteSecretAsync(DeleteSecretRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<DeleteSecretRequest, EmptyResponse>("DeleteSecret", request, idempotent: false, cancellationToken);

    public Task<EmptyResponse> RestoreSecretAsync(string secretId, CancellationToken cancellationToken) =>
        json.CallAsync<RestoreSecretRequest, EmptyResponse>("RestoreSecret", new(secretId), idempotent: true, cancellationToken);

    public Task<EmptyResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<TagResourceRequest, EmptyResponse>("TagResource", request, idempotent: true, cancellationToken);
}
