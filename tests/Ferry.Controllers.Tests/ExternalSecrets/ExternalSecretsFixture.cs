using Ferry.Api.V1;
using Ferry.Controllers.ExternalSecrets;
using Ferry.LocalCluster;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using Ferry.Testing;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>
/// One local cluster per test class with Ferry's generated CRDs installed, and the ExternalSecret controller
/// running against it on a fake clock, with the fake provider behind a test store resolver. Tests use their own
/// namespaces, so they never see each other's objects.
/// </summary>
public class ExternalSecretsFixture : IAsyncLifetime, IDisposable
{
    public static readonly ResourceType Secrets = ResourceType.For<V1Secret>();
    public static readonly ResourceType ExternalSecretType = ResourceType.For<ExternalSecret>();

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private LocalClusterServer? _server;
    private KubeClient? _client;
    private ExternalSecretsController? _controller;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RuntimeMetrics Metrics { get; } = new();

    internal TestStoreResolver Stores { get; private set; } = null!;

    internal RecordingEventRecorder Events { get; } = new();

    public KubeClient Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public ExternalSecretsController Controller => _controller ?? throw new InvalidOperationException("The fixture has not started.");

    protected virtual ExternalSecretsControllerOptions Options => new() { Workers = 2 };

    public async Task InitializeAsync()
    {
        _server = await LocalClusterServer.StartAsync(new LocalClusterOptions());
        _client = KubeClient.Create(
            KubernetesClientConfiguration.BuildConfigFromConfigFile(_server.KubeconfigPath), new KubeClientOptions { Qps = 0 }, Metrics, TimeProvider.System);
        await InstallCrdsAsync(_client);
        Stores = new TestStoreResolver(Time);
        _controller = ExternalSecretsController.Create(Options, _client, Stores, Events, Time, NullLoggerFactory.Instance, Metrics);
        foreach (var runnable in _controller.Runnables)
        {
            _running.Add(Task.Run(() => runnable.RunAsync(_stop.Token)));
        }
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_running);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _controller?.Dispose();
        await Stores.DisposeAsync();
        _client?.Dispose();
        Metrics.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var created = await Client.CreateAsync(ResourceType.For<V1Namespace>(), new V1Namespace
        {
            Metadata = new V1ObjectMeta { GenerateName = prefix + "-" },
        }, CancellationToken.None);
        return created.Metadata.Name;
    }

    public Task<ExternalSecret> CreateAsync(ExternalSecret externalSecret) =>
        Client.CreateAsync(ExternalSecretType, externalSecret, CancellationToken.None);

    public Task<V1Secret> CreateSecretAsync(V1Secret secret) => Client.CreateAsync(Secrets, secret, CancellationToken.None);

    public Task<V1Secret?> GetSecretAsync(string ns, string name) => Client.GetAsync<V1Secret>(Secrets, ns, name, CancellationToken.None);

    public Task<ExternalSecret?> GetAsync(string ns, string name) => Client.GetAsync<ExternalSecret>(ExternalSecretType, ns, name, CancellationToken.None);

    public Task<ExternalSecret> PatchAsync(string ns, string name, string mergePatch) =>
        Client.PatchAsync<ExternalSecret>(ExternalSecretType, ns, name, new V1Patch(mergePatch, V1Patch.PatchType.MergePatch), null, CancellationToken.None);

    public Task<bool> DeleteAsync(string ns, string name) => Client.DeleteAsync(ExternalSecretType, ns, name, CancellationToken.None);

    /// <summary>Waits until the ExternalSecret's Ready condition has this reason (and message, when given).</summary>
    public Task<ExternalSecret> WaitForReasonAsync(string ns, string name, string reason, string? message = null) =>
        WaitForAsync(ns, name, es => Ready(es) is { } ready && ready.Reason == reason && (message is null || ready.Message == message));

    public async Task<ExternalSecret> WaitForAsync(string ns, string name, Func<ExternalSecret, bool> done)
    {
        var found = await Eventually.UntilAsync(() => GetAsync(ns, name), es => es is not null && done(es));
        return found!;
    }

    public async Task<V1Secret> WaitForSecretAsync(string ns, string name, Func<V1Secret, bool>? done = null)
    {
        var found = await Eventually.UntilAsync(() => GetSecretAsync(ns, name), s => s is not null && (done is null || done(s)));
        return found!;
    }

    public Task WaitForSecretGoneAsync(string ns, string name) =>
        Eventually.UntilAsync(() => GetSecretAsync(ns, name), s => s is null);

    public Task WaitForExternalSecretGoneAsync(string ns, string name) =>
        Eventually.UntilAsync(() => GetAsync(ns, name), s => s is null);

    /// <summary>
    /// Waits until the controller's cache holds the ExternalSecret in the given state and its queue has nothing
    /// ready or in flight, so a test can assert that something did not happen.
    /// </summary>
    public async Task<ExternalSecret> WaitIdleAsync(string ns, string name, Func<ExternalSecret, bool> seen)
    {
        await Eventually.True(
            () => Controller.ExternalSecrets.Store.Get(ns, name) is { } cached && seen(cached)
                && Controller.Controller.Queue.Count == 0 && Controller.Controller.Queue.ProcessingCount == 0,
            "the controller saw the change and went idle");
        return Controller.ExternalSecrets.Store.Get(ns, name)!;
    }

    public static ExternalSecretStatusCondition? Ready(ExternalSecret es) =>
        es.Status?.Conditions?.FirstOrDefault(c => c.Type == ExternalSecretConditionType.Ready);

    private static async Task InstallCrdsAsync(KubeClient client)
    {
        var crds = ResourceType.For<V1CustomResourceDefinition>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "deploy", "crds"), "external-secrets.io_*.yaml"))
        {
            var crd = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(await File.ReadAllTextAsync(file));
            await client.CreateAsync(crds, crd, CancellationToken.None);
        }

        await Eventually.True(async () =>
        {
            try
            {
                await client.ListAsync<ExternalSecret>(ExternalSecretType, null, null, CancellationToken.None);
                return true;
            }
            catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.NotFound)
            {
                return false;
            }
        }, "the ExternalSecret CRD is served");
    }
}
