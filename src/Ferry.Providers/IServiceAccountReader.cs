namespace Ferry.Providers;

/// <summary>
/// Reads a ServiceAccount's annotations, for providers whose workload identity is configured there (AWS IRSA's
/// <c>eks.amazonaws.com/role-arn</c> and <c>eks.amazonaws.com/audience</c>). The controllers implement it over
/// their Kubernetes client; the caller resolves the namespace with <see cref="SecretReferenceScope"/> first.
/// </summary>
public interface IServiceAccountReader
{
    /// <summary>The annotations, or null when the ServiceAccount does not exist.</summary>
    ValueTask<IReadOnlyDictionary<string, string>?> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken);
}
