using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Kubernetes;
using Ferry.LocalCluster;
using Ferry.Providers.Kubernetes;
using k8s;
using k8s.Models;

namespace Ferry.Providers.Tests.Kubernetes;

/// <summary>
/// One in-process local cluster per test class, an admin client for seeding, and builders for kubernetes-provider
/// stores that point back at the same cluster (it plays both the operator's cluster and the remote one).
/// </summary>
public sealed class KubernetesClusterFixture : IAsyncLifetime, IDisposable
{
    private LocalClusterServer? _server;
    private k8s.Kubernetes? _admin;

    public LocalClusterServer Server => _server ?? throw new InvalidOperationException("the fixture has not started");

    public IKubernetes Admin => _admin ?? throw new InvalidOperationException("the fixture has not started");

    public string CaBundle => Convert.ToBase64String(Encoding.ASCII.GetBytes(Server.CaCertificatePem));

    public async Task InitializeAsync()
    {
        _server = await LocalClusterServer.StartAsync(new LocalClusterOptions());
        _admin = new k8s.Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(_server.KubeconfigPath));
    }

    public void Dispose() => _admin?.Dispose();

    public async Task DisposeAsync()
    {
        Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public KubernetesSecretsProvider Provider(TimeProvider? time = null) => new(Admin, time);

    public async Task<string> CreateNamespaceAsync(string prefix = "k8s")
    {
        var created = await Admin.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { GenerateName = prefix + "-" } });
        return created.Metadata.Name;
    }

    public Task<V1Secret> PutSecretAsync(string ns, string name, IDictionary<string, string> data, IDictionary<string, string>? labels = null) =>
        Admin.CoreV1.CreateNamespacedSecretAsync(
            new V1Secret
            {
                Metadata = new V1ObjectMeta { Name = name, Labels = labels },
                Data = data.ToDictionary(e => e.Key, e => Encoding.UTF8.GetBytes(e.Value)),
            },
            ns);

    public async Task<V1Secret?> GetSecretAsync(string ns, string name)
    {
        var list = await Admin.CoreV1.ListNamespacedSecretAsync(ns, fieldSelector: $"metadata.name={name}");
        return list.Items.SingleOrDefault();
    }

    /// <summary>A store spec pointing at this cluster over HTTPS with its CA, authenticated as given.</summary>
    public KubernetesProvider Spec(string remoteNamespace, KubernetesAuth? auth = null, string? caBundle = null) => new()
    {
        RemoteNamespace = remoteNamespace,
        Server = new KubernetesServer { Url = Server.Url.ToString(), CaBundle = caBundle ?? CaBundle },
        Auth = auth,
    };

    /// <summary>A bearer-token auth block whose token (the admin's) sits in a Secret of <paramref name="ns"/>.</summary>
    public async Task<KubernetesAuth> AdminTokenAuthAsync(string ns, string secretName = "remote-token")
    {
        await PutSecretAsync(ns, secretName, new Dictionary<string, string> { ["token"] = Server.Token });
        return new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = secretName, Key = "token" } } };
    }

    public StoreContext Context(string ns, KubernetesProvider spec, SecretStoreKind kind = SecretStoreKind.SecretStore, string? consumerNamespace = null)
    {
        var identity = kind == SecretStoreKind.ClusterSecretStore
            ? new StoreIdentity(kind, null, "cluster-store", "uid-cluster-store")
            : new StoreIdentity(kind, ns, "store", "uid-store");
        var consumer = kind == SecretStoreKind.ClusterSecretStore ? consumerNamespace : consumerNamespace ?? ns;
        return new StoreContext(
            identity,
            new SecretStoreSpec { Provider = new SecretStoreProvider { Kubernetes = spec } },
            consumer,
            new StoreCredentials(identity, consumer, new ClusterSecretSource(Admin)));
    }

    public async Task<ISecretsClient> ClientAsync(string ns, KubernetesProvider spec, SecretStoreKind kind = SecretStoreKind.SecretStore, string? consumerNamespace = null) =>
        await Provider().CreateClientAsync(Context(ns, spec, kind, consumerNamespace), CancellationToken.None);
}
