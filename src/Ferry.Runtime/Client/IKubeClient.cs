using k8s;
using k8s.Models;

namespace Ferry.Runtime.Client;

/// <summary>
/// The seam between Ferry and the API server: typed calls for any kind, built-in or custom. A null namespace
/// means a cluster-scoped object, or (for list and watch) every namespace. Failures surface as the client's
/// exceptions; classify them with <see cref="ApiError.Classify"/>.
/// </summary>
public interface IKubeClient
{
    /// <summary>The object, or null when it does not exist.</summary>
    Task<T?> GetAsync<T>(ResourceType type, string? ns, string name, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    Task<ResourceList<T>> ListAsync<T>(ResourceType type, string? ns, ListOptions? options, CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>;

    Task<T> CreateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    /// <summary>Replaces the object; its resourceVersion must be current or the call fails with Conflict.</summary>
    Task<T> UpdateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    /// <summary>
    /// Creates the object under a named field manager, so managedFields record who owns which field (ESO prunes
    /// keys by its manager's entry). Clients that cannot name the manager create without it.
    /// </summary>
    Task<T> CreateAsync<T>(ResourceType type, T value, string? fieldManager, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => CreateAsync(type, value, cancellationToken);

    /// <summary>Replaces the object under a named field manager (see the create overload).</summary>
    Task<T> UpdateAsync<T>(ResourceType type, T value, string? fieldManager, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => UpdateAsync(type, value, cancellationToken);

    /// <summary>Replaces the status subresource only.</summary>
    Task<T> UpdateStatusAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    Task<T> PatchAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    Task<T> PatchStatusAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>;

    /// <summary>Deletes the object; returns false when it was already gone.</summary>
    Task<bool> DeleteAsync(ResourceType type, string? ns, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Watches from a version. Unlike KubernetesClient's raw watch, an error the server sends in the stream (for
    /// example 410 Expired) is thrown, not dropped.
    /// </summary>
    IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(ResourceType type, string? ns, WatchOptions options, CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>;
}
