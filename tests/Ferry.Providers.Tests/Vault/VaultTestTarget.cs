using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Providers.Tests.Vault;

/// <summary>
/// The Vault the tests talk to: the in-process fake by default, or a real Vault when FERRY_VAULT_ADDR and
/// FERRY_VAULT_TOKEN are set (docs/providers/vault.md). Data is seeded over Vault's HTTP API either way.
/// Tests of faults, counters and auth roles need the fake's controls and always use it.
/// </summary>
internal sealed class VaultTestTarget : IAsyncDisposable
{
    public const string TokenSecret = "vault-token";

    private static readonly HttpClient Http = new();

    private VaultTestTarget(Uri address, string adminToken, VaultFakeServer? fake)
    {
        Address = address;
        AdminToken = adminToken;
        Fake = fake;
    }

    public Uri Address { get; }

    public string AdminToken { get; }

    public VaultFakeServer? Fake { get; }

    public string Kv2Mount { get; } = Environment.GetEnvironmentVariable("FERRY_VAULT_KV2_MOUNT") ?? "secret";

    public string Kv1Mount { get; } = Environment.GetEnvironmentVariable("FERRY_VAULT_KV1_MOUNT") ?? "kv";

    public DictionarySecretSource Secrets { get; } = new();

    public static async Task<VaultTestTarget> StartAsync(bool fakeOnly = false, VaultFakeOptions? options = null)
    {
        var address = Environment.GetEnvironmentVariable("FERRY_VAULT_ADDR");
        var token = Environment.GetEnvironmentVariable("FERRY_VAULT_TOKEN");
        VaultTestTarget target;
        if (!fakeOnly && !string.IsNullOrEmpty(address) && !string.IsNullOrEmpty(token))
        {
            target = new VaultTestTarget(new Uri(address), token, null);
        }
        else
        {
            var fake = await VaultFakeServer.StartAsync(options);
            target = new VaultTestTarget(fake.Address, fake.RootToken, fake);
        }

        target.Secrets.Add("default", TokenSecret, "1", ("token", target.AdminToken));
        return target;
    }

    public VaultFakeServer RequireFake() => Fake ?? throw new InvalidOperationException("this test needs the fake");

    /// <summary>Replaces a KV v2 key with fresh versions (its metadata is deleted first, so versions restart at 1).</summary>
    public async Task SeedV2Async(string key, params string[] versions)
    {
        await SendAsync(HttpMethod.Delete, $"{Kv2Mount}/metadata/{key}", null);
        foreach (var json in versions)
        {
            await SendAsync(HttpMethod.Post, $"{Kv2Mount}/data/{key}", new JsonObject { ["data"] = JsonNode.Parse(json) });
        }
    }

    public Task SeedV1Async(string key, string json) => SendAsync(HttpMethod.Post, $"{Kv1Mount}/{key}", JsonNode.Parse(json));

    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, string? ns = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Address, "/v1/" + path));
        request.Headers.Add("X-Vault-Token", AdminToken);
        if (ns is not null)
        {
            request.Headers.Add("X-Vault-Namespace", ns);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public VaultProvider Spec(VaultAuth? auth = null, string? mount = null, VaultKvStoreVersion version = VaultKvStoreVersion.V2) => new()
    {
        Server = Address.ToString(),
        Path = mount ?? (version == VaultKvStoreVersion.V2 ? Kv2Mount : Kv1Mount),
        Version = version,
        Auth = auth ?? TokenAuth(),
    };

    public static VaultAuth TokenAuth() => new() { TokenSecretRef = new SecretKeySelector { Name = TokenSecret, Key = "token" } };

    public StoreContext Store(VaultProvider spec, IServiceAccountTokenSource? tokens = null, StoreIdentity? identity = null, string? consumer = "default")
    {
        var id = identity ?? TestStores.Identity("vault");
        return new StoreContext(
            id,
            new SecretStoreSpec { Provider = new SecretStoreProvider { Vault = spec } },
            consumer,
            new StoreCredentials(id, consumer, Secrets),
            tokens);
    }

    public ValueTask DisposeAsync() => Fake?.DisposeAsync() ?? ValueTask.CompletedTask;
}
