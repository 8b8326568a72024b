namespace Ferry.Providers;

/// <summary>
/// Reads a ServiceAccount's annotations, for providers whose workload identity is configured there (AWS IRSA's
/// <c>eks.amazonaws.com/role-arn</c> and <c>eks.amazonaws.com/audience</c>; Azure workload identity's
/// <c>azure.workload.identity/client-id</c> and <c>tenant-id</c>). The controllers' <see cref="IServiceAccountTokenSource"/>
/// implements it too, so a provider reaches it as <c>store.ServiceAccountTokens as IServiceAccountReader</c>; the
/// caller resolves the namespace with <see cref="SecretReferenceScope"/> first.
/// </summary>
public interface IServiceAccountReader
{
    /// <summary>The annotations, or null when the ServiceAccount does not exist.</summary>
    ValueTask<IReadOnlyDictionary<string, string>?> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken);
}
