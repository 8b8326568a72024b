namespace Ferry.Providers;

/// <summary>
/// The annotations of a ServiceAccount a store names (Azure workload identity reads its client and tenant IDs from
/// azure.workload.identity/* there). The controllers' <see cref="IServiceAccountTokenSource"/> implements it too;
/// a provider asks with <c>store.ServiceAccountTokens as IServiceAccountAnnotations</c>.
/// </summary>
public interface IServiceAccountAnnotations
{
    /// <summary>The ServiceAccount's annotations; <see cref="SecretNotFoundException"/> when it does not exist.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetAnnotationsAsync(string @namespace, string name, CancellationToken cancellationToken);
}
