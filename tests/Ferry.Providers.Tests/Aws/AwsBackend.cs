using Amazon.Runtime;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Aws;
using Ferry.Providers.Aws.ParameterStore.Wire;
using Ferry.Providers.Aws.Protocol;
using Ferry.Providers.Aws.SecretsManager.Wire;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Providers.Tests.Aws;

/// <summary>
/// Where the AWS provider tests run: the local <see cref="AwsFake"/> by default, or the real services when
/// FERRY_AWS_REGION, FERRY_AWS_ACCESS_KEY_ID and FERRY_AWS_SECRET_ACCESS_KEY are set (an account kept for tests:
/// the contract data is written under its literal names). Tests that need the fake's controls (faults, STS roles,
/// call counters) use <see cref="Fake"/> and return early against the real services.
/// </summary>
internal sealed class AwsBackend : IAsyncDisposable
{
    private readonly AwsSecretsProvider _provider;
    private readonly AwsJsonClient _secretsManager;
    private readonly AwsJsonClient _parameterStore;
    private readonly HttpClient _http = new();

    private AwsBackend(AwsFake? fake, string region, string accessKeyId, string secretAccessKey, AwsEndpoints endpoints, AwsProviderOptions options)
    {
        Fake = fake;
        Region = region;
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        Endpoints = endpoints;
        Options = options with { Endpoints = endpoints };
        _provider = new AwsSecretsProvider(Options);
        var credentials = new BasicAWSCredentials(accessKeyId, secretAccessKey);
        _secretsManager = new AwsJsonClient(_http, new AwsServiceEndpoint(endpoints.SecretsManagerFor(region), region, "secretsmanager", "secretsmanager"), credentials, TimeProvider.System, new AwsRetryOptions());
        _parameterStore = new AwsJsonClient(_http, new AwsServiceEndpoint(endpoints.ParameterStoreFor(region), region, "ssm", "AmazonSSM"), credentials, TimeProvider.System, new AwsRetryOptions());
    }

    public AwsFake? Fake { get; }

    public bool IsFake => Fake is not null;

    public string Region { get; }

    public string AccessKeyId { get; }

    public string SecretAccessKey { get; }

    public AwsEndpoints Endpoints { get; }

    public AwsProviderOptions Options { get; }

    public ISecretsProvider Provider => _provider;

    public static async Task<AwsBackend> StartAsync(AwsProviderOptions? options = null, AwsFakeOptions? fakeOptions = null)
    {
        options ??= new AwsProviderOptions { Retry = new AwsRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) } };
        var region = Environment.GetEnvironmentVariable("FERRY_AWS_REGION");
        if (!string.IsNullOrEmpty(region))
        {
            return new AwsBackend(null, region,
                Environment.GetEnvironmentVariable("FERRY_AWS_ACCESS_KEY_ID") ?? string.Empty,
                Environment.GetEnvironmentVariable("FERRY_AWS_SECRET_ACCESS_KEY") ?? string.Empty,
                AwsEndpoints.FromEnvironment(),
                options);
        }

        var fake = await AwsFake.StartAsync(fakeOptions);
        return new AwsBackend(fake, fake.Region, fake.DefaultKey.AccessKeyId, fake.DefaultKey.SecretAccessKey, AwsEndpoints.All(fake.Endpoint), options);
    }

    /// <summary>A store with static keys read from a Secret, for <paramref name="service"/>.</summary>
    public StoreContext Store(AwsServiceType service, Action<AwsProvider>? configure = null, StoreIdentity? identity = null,
        string? accessKeyId = null, string? secretAccessKey = null, IServiceAccountTokenSource? tokens = null)
    {
        var spec = new AwsProvider
        {
            Region = Region,
            Service = service,
            Auth = new AwsAuth
            {
                SecretRef = new AwsAuthSecretRef
                {
                    AccessKeyIDSecretRef = new SecretKeySelector { Name = "aws", Key = "access-key" },
                    SecretAccessKeySecretRef = new SecretKeySelector { Name = "aws", Key = "secret-key" },
                },
            },
        };
        configure?.Invoke(spec);
        var credentials = new MapCredentials(new Dictionary<string, string>
        {
            ["aws/access-key"] = accessKeyId ?? AccessKeyId,
            ["aws/secret-key"] = secretAccessKey ?? SecretAccessKey,
        });
        return new StoreContext(
            identity ?? TestStores.Identity("aws"),
            new SecretStoreSpec { Provider = new SecretStoreProvider { Aws = spec } },
            "default",
            credentials,
            tokens);
    }

    public async Task<ISecretsClient> ClientAsync(AwsServiceType service, Action<AwsProvider>? configure = null) =>
        await _provider.CreateClientAsync(Store(service, configure), CancellationToken.None);

    /// <summary>Writes a Secrets Manager version (creating the secret) with the given staging labels.</summary>
    public async Task SeedSecretAsync(string name, string value, IReadOnlyList<string>? stages = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        if (Fake is not null)
        {
            Fake.SecretsManager.PutString(name, value, tags, stages: stages);
            return;
        }

        try
        {
            await _secretsManager.CallAsync<CreateSecretRequest, EmptyResponse>("CreateSecret",
                new CreateSecretRequest(name, Guid.NewGuid().ToString(), null, null, tags?.Select(t => new WireTag(t.Key, t.Value)).ToList(), null, null), true, CancellationToken.None);
        }
        catch (AwsServiceException ex) when (ex.Code == "ResourceExistsException")
        {
            // Left from an earlier run against the same account: add a version to it.
        }

        await _secretsManager.CallAsync<SeedVersionRequest, EmptyResponse>("PutSecretValue",
            new SeedVersionRequest(name, Guid.NewGuid().ToString(), value, stages ?? ["AWSCURRENT"]), true, CancellationToken.None);
    }

    public async Task SeedParameterAsync(string name, string value, string type = "String", IReadOnlyList<string>? labels = null)
    {
        if (Fake is not null)
        {
            Fake.ParameterStore.Put(name, value, type, labels: labels);
            return;
        }

        await _parameterStore.CallAsync<PutParameterRequest, EmptyResponse>("PutParameter",
            new PutParameterRequest(name, value, type, true, null, null, null, null, null), false, CancellationToken.None);
        if (labels is { Count: > 0 })
        {
            await _parameterStore.CallAsync<SeedLabelRequest, EmptyResponse>("LabelParameterVersion", new SeedLabelRequest(name, labels), true, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _provider.Dispose();
        _http.Dispose();
        if (Fake is not null)
        {
            await Fake.DisposeAsync();
        }
    }

    private sealed record SeedVersionRequest(string SecretId, string ClientRequestToken, string SecretString, IReadOnlyList<string> VersionStages);

    private sealed record SeedLabelRequest(string Name, IReadOnlyList<string> Labels);
}
