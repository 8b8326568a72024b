namespace Ferry.Providers;

/// <summary>
/// Where referenced Secrets are read from: the controllers implement it over their informer cache. Kept to the
/// minimum a provider's credentials need, so Ferry.Providers stays free of the Kubernetes client.
/// </summary>
public interface ISecretSource
{
    /// <summary>The Secret, or null when it does not exist.</summary>
    ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken);
}
