using Ferry.Api.V1;
using Ferry.Providers.Kubernetes.Connection;
using k8s;

namespace Ferry.Providers.Kubernetes;

/// <summary>
/// ESO's <c>kubernetes</c> provider: reads and writes the Secrets of one namespace (<c>remoteNamespace</c>) of this
/// cluster or another. <paramref name="localCluster"/> is the operator's own, privileged connection: it mints
/// service-account tokens (TokenRequest) and reads caProvider ConfigMaps, as ESO's controller clientset does; every
/// read or write of the remote Secrets goes through the connection the store's own credentials authenticate.
/// </summary>
public sealed class KubernetesSecretsProvider(IKubernetes localCluster, TimeProvider? time = null) : ISecretsProvider
{
    public const string ProviderName = "kubernetes";

    public const string DefaultRemoteNamespace = "default";

    private readonly KubernetesConnectionFactory _connections = new(localCluster, time ?? TimeProvider.System);

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Provider.Kubernetes is { } kubernetes
            ? KubernetesStoreValidator.Validate(store, kubernetes)
            : StoreValidation.Invalid("no store type or wrong store type");
    }

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.Kubernetes ?? throw new ProviderException("no store type or wrong store type");
        var remoteNamespace = string.IsNullOrEmpty(spec.RemoteNamespace) ? DefaultRemoteNamespace : spec.RemoteNamespace;

        // A ClusterSecretStore whose credentials live in the consumer's namespace cannot authenticate before a
        // consumer exists: the store controller's validation gets a client that answers Unknown, as in ESO.
        if (store.Identity.IsClusterScoped && store.ConsumerNamespace is null && ReferentAuth.IsReferent(spec))
        {
            return KubernetesSecretsClient.AwaitingConsumer(store.Identity, remoteNamespace);
        }

        var connection = await _connections.ConnectAsync(store, spec, cancellationToken);
        return new KubernetesSecretsClient(connection, store.Identity, remoteNamespace);
    }
}
