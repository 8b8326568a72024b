using System.Runtime.CompilerServices;
using System.Text.Json;
using Ferry.Runtime.Diagnostics;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Client;

/// <summary>
/// <see cref="IKubeClient"/> over KubernetesClient's custom-object operations, which address any
/// group/version/plural (the client rewrites the empty core group to <c>/api</c>).
/// </summary>
public sealed class KubeClient : IKubeClient, IDisposable
{
    private readonly IKubernetes _kubernetes;
    private readonly bool _ownsClient;

    public KubeClient(IKubernetes kubernetes)
        : this(kubernetes, ownsClient: false)
    {
    }

    private KubeClient(IKubernetes kubernetes, bool ownsClient)
    {
        _kubernetes = kubernetes;
        _ownsClient = ownsClient;
    }

    /// <summary>
    /// A client for the given configuration whose every request passes through the QPS/burst limiter, honours
    /// 429 Retry-After and is counted in the metrics.
    /// </summary>
    public static KubeClient Create(KubernetesClientConfiguration configuration, KubeClientOptions options, RuntimeMetrics metrics, TimeProvider time)
    {
        var throttle = new ThrottlingHandler(options, metrics, time);
        return new KubeClient(new Kubernetes(configuration, throttle), ownsClient: true);
    }

    /// <summary>The underlying client, for calls this seam does not cover (leader election locks).</summary>
    public IKubernetes Kubernetes => _kubernetes;

    public async Task<T?> GetAsync<T>(ResourceType type, string? ns, string name, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        try
        {
            return ns is null
                ? await _kubernetes.CustomObjects.GetClusterCustomObjectAsync<T>(type.Group, type.Version, type.Plural, name, cancellationToken)
                : await _kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<T>(type.Group, type.Version, ns, type.Plural, name, cancellationToken);
        }
        catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task<ResourceList<T>> ListAsync<T>(ResourceType type, string? ns, ListOptions? options, CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        options ??= new ListOptions();
        var list = ns is null
            ? await _kubernetes.CustomObjects.ListClusterCustomObjectAsync<ObjectList<T>>(
                type.Group, type.Version, type.Plural, continueParameter: options.Continue, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, limit: options.Limit, resourceVersion: options.ResourceVersion, cancellationToken: cancellationToken)
            : await _kubernetes.CustomObjects.ListNamespacedCustomObjectAsync<ObjectList<T>>(
                type.Group, type.Version, ns, type.Plural, continueParameter: options.Continue, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, limit: options.Limit, resourceVersion: options.ResourceVersion, cancellationToken: cancellationToken);
        var continueToken = list.Metadata?.ContinueProperty;
        return new ResourceList<T>(
            (IReadOnlyList<T>?)list.Items ?? [],
            list.Metadata?.ResourceVersion ?? "",
            string.IsNullOrEmpty(continueToken) ? null : continueToken);
    }

    public Task<T> CreateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => CreateAsync(type, value, null, cancellationToken);

    public Task<T> CreateAsync<T>(ResourceType type, T value, string? fieldManager, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        Stamp(type, value);
        var ns = value.Metadata?.NamespaceProperty;
        return ns is null
            ? _kubernetes.CustomObjects.CreateClusterCustomObjectAsync<T>(value, type.Group, type.Version, type.Plural, fieldManager: fieldManager, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.CreateNamespacedCustomObjectAsync<T>(value, type.Group, type.Version, ns, type.Plural, fieldManager: fieldManager, cancellationToken: cancellationToken);
    }

    public Task<T> UpdateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => UpdateAsync(type, value, null, cancellationToken);

    public Task<T> UpdateAsync<T>(ResourceType type, T value, string? fieldManager, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        Stamp(type, value);
        var (ns, name) = Identity(value);
        return ns is null
            ? _kubernetes.CustomObjects.ReplaceClusterCustomObjectAsync<T>(value, type.Group, type.Version, type.Plural, name, fieldManager: fieldManager, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.ReplaceNamespacedCustomObjectAsync<T>(value, type.Group, type.Version, ns, type.Plural, name, fieldManager: fieldManager, cancellationToken: cancellationToken);
    }

    public Task<T> UpdateStatusAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        Stamp(type, value);
        var (ns, name) = Identity(value);
        return ns is null
            ? _kubernetes.CustomObjects.ReplaceClusterCustomObjectStatusAsync<T>(value, type.Group, type.Version, type.Plural, name, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.ReplaceNamespacedCustomObjectStatusAsync<T>(value, type.Group, type.Version, ns, type.Plural, name, cancellationToken: cancellationToken);
    }

    public Task<T> PatchAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        options ??= new PatchOptions();
        return ns is null
            ? _kubernetes.CustomObjects.PatchClusterCustomObjectAsync<T>(patch, type.Group, type.Version, type.Plural, name, fieldManager: options.FieldManager, force: options.Force, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.PatchNamespacedCustomObjectAsync<T>(patch, type.Group, type.Version, ns, type.Plural, name, fieldManager: options.FieldManager, force: options.Force, cancellationToken: cancellationToken);
    }

    public Task<T> PatchStatusAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        options ??= new PatchOptions();
        return ns is null
            ? _kubernetes.CustomObjects.PatchClusterCustomObjectStatusAsync<T>(patch, type.Group, type.Version, type.Plural, name, fieldManager: options.FieldManager, force: options.Force, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.PatchNamespacedCustomObjectStatusAsync<T>(patch, type.Group, type.Version, ns, type.Plural, name, fieldManager: options.FieldManager, force: options.Force, cancellationToken: cancellationToken);
    }

    public async Task<bool> DeleteAsync(ResourceType type, string? ns, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        try
        {
            if (ns is null)
            {
                await _kubernetes.CustomObjects.DeleteClusterCustomObjectAsync(type.Group, type.Version, type.Plural, name, cancellationToken: cancellationToken);
            }
            else
            {
                await _kubernetes.CustomObjects.DeleteNamespacedCustomObjectAsync(type.Group, type.Version, ns, type.Plural, name, cancellationToken: cancellationToken);
            }

            return true;
        }
        catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.NotFound)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(
        ResourceType type, string? ns, WatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        // KubernetesClient hands a Status line in the stream to onError and then skips it; keep it and throw it.
        Exception? streamError = null;
        void OnError(Exception ex) => streamError ??= ex;
        var timeoutSeconds = options.Timeout is { } timeout ? (int?)Math.Max(1, (int)timeout.TotalSeconds) : null;
        var events = ns is null
            ? _kubernetes.CustomObjects.WatchListClusterCustomObjectAsync(
                type.Group, type.Version, type.Plural, allowWatchBookmarks: options.AllowBookmarks, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, resourceVersion: options.ResourceVersion, timeoutSeconds: timeoutSeconds,
                onError: OnError, cancellationToken: cancellationToken)
            : _kubernetes.CustomObjects.WatchListNamespacedCustomObjectAsync(
                type.Group, type.Version, ns, type.Plural, allowWatchBookmarks: options.AllowBookmarks, fieldSelector: options.FieldSelector,
                labelSelector: options.LabelSelector, resourceVersion: options.ResourceVersion, timeoutSeconds: timeoutSeconds,
                onError: OnError, cancellationToken: cancellationToken);
        await foreach (var (eventType, body) in events.WithCancellation(cancellationToken))
        {
            if (streamError is not null)
            {
                break;
            }

            if (eventType == WatchEventType.Error)
            {
                continue;
            }

            yield return new WatchEvent<T>(eventType, Convert<T>(body));
        }

        if (streamError is not null)
        {
            throw streamError;
        }
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _kubernetes.Dispose();
        }
    }

    private static T Convert<T>(object body) => body switch
    {
        T typed => typed,
        JsonElement element => KubernetesJson.Deserialize<T>(element.GetRawText()),
        _ => KubernetesJson.Deserialize<T>(KubernetesJson.Serialize(body)),
    };

    private static void Stamp<T>(ResourceType type, T value)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        value.ApiVersion ??= type.ApiVersion;
        value.Kind ??= type.Kind;
    }

    private static (string? Namespace, string Name) Identity<T>(T value)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var metadata = value.Metadata ?? throw new ArgumentException("The object has no metadata.", nameof(value));
        return (metadata.NamespaceProperty, metadata.Name ?? throw new ArgumentException("The object has no name.", nameof(value)));
    }
}
