using Ferry.Providers;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Mints ServiceAccount tokens with the TokenRequest subresource (POST serviceaccounts/NAME/token) for providers that
/// log in with a workload's identity, and reads ServiceAccount annotations for those whose identity is configured there
/// (AWS IRSA, Azure workload identity). The operator needs RBAC <c>create</c> on <c>serviceaccounts/token</c> and
/// <c>get</c> on <c>serviceaccounts</c>, as ESO does.
/// </summary>
internal sealed class ServiceAccountTokenRequester(IKubernetes kubernetes, TimeProvider time) : IServiceAccountTokenSource, IServiceAccountReader
{
    public async ValueTask<IReadOnlyDictionary<string, string>?> GetAnnotationsAsync(
        string @namespace, string name, CancellationToken cancellationToken)
    {
        try
        {
            var account = await kubernetes.CoreV1.ReadNamespacedServiceAccountAsync(name, @namespace, cancellationToken: cancellationToken);
            return account.Metadata.Annotations is { } annotations
                ? new Dictionary<string, string>(annotations, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ApiError.Is(ex, ApiErrorKind.NotFound))
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ProviderException($"cannot read ServiceAccount {@namespace}/{name}: {ApiError.Classify(ex)}", ex);
        }
    }

    public async ValueTask<ServiceAccountToken> RequestTokenAsync(
        string @namespace, string name, IReadOnlyList<string> audiences, long expirationSeconds, CancellationToken cancellationToken)
    {
        var request = new Authenticationv1TokenRequest
        {
            Spec = new V1TokenRequestSpec { Audiences = [.. audiences], ExpirationSeconds = expirationSeconds },
        };
        try
        {
            var granted = await kubernetes.CoreV1.CreateNamespacedServiceAccountTokenAsync(request, name, @namespace, cancellationToken: cancellationToken);
            var expiresAt = granted.Status.ExpirationTimestamp is { } at
                ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
                : time.GetUtcNow().AddSeconds(expirationSeconds);
            return new ServiceAccountToken(SecretValue.FromString(granted.Status.Token), expiresAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ProviderException($"cannot request a token for ServiceAccount {@namespace}/{name}: {ApiError.Classify(ex)}", ex);
        }
    }
}
