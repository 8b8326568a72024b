using Ferry.Providers;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Mints ServiceAccount tokens with the TokenRequest subresource (POST serviceaccounts/NAME/token) for providers that
/// log in with a workload's identity. The operator needs RBAC <c>create</c> on <c>serviceaccounts/token</c>, as ESO does.
/// </summary>
internal sealed class ServiceAccountTokenRequester(IKubernetes kubernetes, TimeProvider time) : IServiceAccountTokenSource
{
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
