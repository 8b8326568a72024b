using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Providers.Gcp;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

/// <summary>
/// The GCP fake with a provider pointed at it, and store contexts authenticated with a service account key held in
/// a Secret (default/gcp-key, key credentials.json).
/// </summary>
internal sealed class GcpTestBackend : IAsyncDisposable
{
    private GcpTestBackend(GcpSecretManagerFake fake, GcpSecretManagerProviderOptions options, Dictionary<(string Namespace, string Name), Dictionary<string, string>> configMaps)
    {
        Fake = fake;
        ConfigMaps = configMaps;
        Options = options;
        Provider = new GcpSecretManagerSecretsProvider(options);
        Secrets.Add("default", "gcp-key", "1", ("credentials.json", fake.CreateServiceAccountKey()));
    }

    public GcpSecretManagerFake Fake { get; }

    public GcpSecretManagerProviderOptions Options { get; }

    public GcpSecretManagerSecretsProvider Provider { get; }

    public DictionarySecretSource Secrets { get; } = new();

    /// <summary>The ConfigMaps the provider can read (credConfig), by namespace and name.</summary>
    public Dictionary<(string Namespace, string Name), Dictionary<string, string>> ConfigMaps { get; }

    public static async Task<GcpTestBackend> StartAsync(GcpSecretManagerFakeOptions? fakeOptions = null, TimeSpan? requestTimeout = null)
    {
        var fake = await GcpSecretManagerFake.StartAsync(fakeOptions);
        var configMaps = new Dictionary<(string Namespace, string Name), Dictionary<string, string>>();
        return new GcpTestBackend(fake, new GcpSecretManagerProviderOptions
        {
            ConfigMaps = (ns, name, _) => ValueTask.FromResult<IReadOnlyDictionary<string, string>?>(configMaps.GetValueOrDefault((ns, name))),
            SecretManagerEndpoint = fake.Endpoint,
            StsEndpoint = fake.StsEndpoint,
            IamCredentialsEndpoint = fake.IamCredentialsEndpoint,
            RetryDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
        }, configMaps);
    }

    public static GcpSecretManagerProvider KeySpec(string? location = null, string? policy = null) => new()
    {
        ProjectID = GcpSecretManagerFake.Project,
        Location = location,
        SecretVersionSelectionPolicy = policy,
        Auth = new GcpSecretManagerAuth
        {
            SecretRef = new GcpSecretManagerAuthSecretRef
            {
                SecretAccessKeySecretRef = new SecretKeySelector { Name = "gcp-key", Key = "credentials.json" },
            },
        },
    };

    public StoreContext Context(GcpSecretManagerProvider? spec = null, IServiceAccountTokenSource? tokens = null)
    {
        var identity = TestStores.Identity();
        return new StoreContext(
            identity,
            new SecretStoreSpec { Provider = new SecretStoreProvider { GcpSecretManager = spec ?? KeySpec() } },
            "default",
            new StoreCredentials(identity, "default", Secrets),
            tokens);
    }

    public async Task<ISecretsClient> ClientAsync(GcpSecretManagerProvider? spec = null) =>
        await Provider.CreateClientAsync(Context(spec), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Provider.Dispose();
        await Fake.DisposeAsync();
    }
}
