using Ferry.Providers.Aws.ParameterStore.Wire;
using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.ParameterStore;

/// <summary>The SSM Parameter Store operations Ferry uses, typed, over JSON 1.1.</summary>
internal sealed class ParameterStoreApi(AwsJsonClient json)
{
    public const string TargetPrefix = "AmazonSSM";
    public const string SigningName = "ssm";
    public const string ParameterResource = "Parameter";

    public Task<GetParameterResponse> GetParameterAsync(string name, CancellationToken cancellationToken) =>
        json.CallAsync<GetParameterRequest, GetParameterResponse>("GetParameter", new(name, WithDecryption: true), idempotent: true, cancellationToken);

    public Task<GetParametersResponse> GetParametersAsync(IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        json.CallAsync<GetParametersRequest, GetParametersResponse>("GetParameters", new(names, WithDecryption: true), idempotent: true, cancellationToken);

    public Task<ParametersPage> GetParametersByPathAsync(GetParametersByPathRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<GetParametersByPathRequest, ParametersPage>("GetParametersByPath", request, idempotent: true, cancellationToken);

    public Task<ParametersPage> DescribeParametersAsync(DescribeParametersRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<DescribeParametersRequest, ParametersPage>("DescribeParameters", request, idempotent: true, cancellationToken);

    // Each successful PutParameter adds a version, so only refusals (throttling) are retried.
    public Task<EmptyResponse> PutParameterAsync(PutParameterRequest request, CancellationToken cancellationToken) =>
        json.CallAsync<PutParameterRequest, EmptyResponse>("PutParameter", request, idempotent: false, cancellationToken);

    public Task<EmptyResponse> DeleteParameterAsync(string name, CancellationToken cancellationToken) =>
        json.CallAsync<DeleteParameterRequest, EmptyResponse>("DeleteParameter", new(name), idempotent: false, cancellationToken);

    public Task<ListTagsResponse> ListTagsAsync(string name, CancellationToken cancellationToken) =>
        json.CallAsync<ResourceRequest, ListTagsResponse>("ListTagsForResource", new(ParameterResource, name), idempotent: true, cancellationToken);

    public Task<EmptyResponse> AddTagsAsync(string name, IReadOnlyList<WireTag> tags, CancellationToken cancellationToken) =>
        json.CallAsync<AddTagsRequest, EmptyResponse>("AddTagsToResource", new(ParameterResource, name, tags), idempotent: true, cancellationToken);
}
