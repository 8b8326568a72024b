using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>
/// Google Cloud Secret Manager v1 (REST, global and regional paths, CRC-32C payloads, paging, google.rpc.Status
/// errors, bearer-token checks) with its token services on one plain-http 127.0.0.1 port: <c>/token</c> (service
/// account JWT grant), <c>/sts/v1/token</c> (token exchange) and <c>/iam/v1/...:generateAccessToken</c>. Tests seed
/// secrets, read what was pushed, count calls and authentications, and inject faults.
/// </summary>
public sealed class GcpSecretManagerFake : IAsyncDisposable
{
    public const string Project = "fake-project";

    private readonly WebApplication _app;
    private readonly GcpSecretManagerFakeOptions _options;
    private readonly Dictionary<string, GcpFakeSecret> _secrets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly GcpFakeAuth _auth;
    private readonly GcpFakeSecretsApi _api;
    private readonly ConcurrentQueue<GcpFakeFault> _faults = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private int _requests;

    private GcpSecretManagerFake(WebApplication app, GcpSecretManagerFakeOptions options)
    {
        _app = app;
        _options = options;
        _auth = new GcpFakeAuth(options.Time, options.TokenLifetime);
        _api = new GcpFakeSecretsApi(_secrets, _gate, options.Time, options.PageSize);
    }

    /// <summary>http://127.0.0.1:PORT/ — the Secret Manager endpoint (global and regional paths alike).</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The OAuth token endpoint, as a service account key's token_uri.</summary>
    public Uri TokenUri => new(Endpoint, "token");

    public Uri StsEndpoint => new(Endpoint, "sts/v1/token");

    /// <summary>Base URL of IAM Credentials (generateAccessToken lives under v1/projects/-/serviceAccounts/).</summary>
    public Uri IamCredentialsEndpoint => new(Endpoint, "iam/");

    /// <summary>Secret Manager requests received, faults included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Access tokens issued (JWT grant, STS exchange and impersonation each count one).</summary>
    public int Authentications => _auth.Authentications;

    public static async Task<GcpSecretManagerFake> StartAsync(GcpSecretManagerFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new GcpSecretManagerFake(app, options ?? new GcpSecretManagerFakeOptions());
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake.Endpoint = new Uri($"http://127.0.0.1:{address.Port}/");
        return fake;
    }

    /// <summary>Calls of one operation: access, get, list, listVersions, create, addVersion, delete.</summary>
    public int Calls(string operation) => _calls.TryGetValue(operation, out var count) ? count : 0;

    /// <summary>Creates a secret (labels optional) in the project, or in a region when <paramref name="location"/> is set.</summary>
    public GcpFakeSecret AddSecret(string id, IReadOnlyDictionary<string, string>? labels = null, string? location = null)
    {
        lock (_gate)
        {
            var parent = Parent(location);
            var secret = new GcpFakeSecret(parent, id, _options.Time.GetUtcNow()) { ReplicationJson = location is null ? """{"automatic":{}}""" : null };
            foreach (var (key, value) in labels ?? new Dictionary<string, string>())
            {
                secret.Labels[key] = value;
            }

            _secrets[secret.Name] = secret;
            return secret;
        }
    }

    /// <summary>Adds a version to a secret (creating the secret when missing); returns its number.</summary>
    public long AddVersion(string id, string value, string? location = null) => AddVersion(id, System.Text.Encoding.UTF8.GetBytes(value), location);

    public long AddVersion(string id, byte[] data, string? location = null)
    {
        lock (_gate)
        {
            var secret = _secrets.TryGetValue($"{Parent(location)}/secrets/{id}", out var found) ? found : AddSecret(id, null, location);
            var version = new GcpFakeVersion(secret.Versions.Count + 1, data, _options.Time.GetUtcNow());
            secret.Versions.Add(version);
            return version.Number;
        }
    }

    public void SetVersionState(string id, long number, GcpFakeVersionState state, string? location = null)
    {
        lock (_gate)
        {
            _secrets[$"{Parent(location)}/secrets/{id}"].Versions.First(v => v.Number == number).State = state;
        }
    }

    /// <summary>The secret, or null when it does not exist; read it only while the fake is idle.</summary>
    public GcpFakeSecret? GetSecret(string id, string? location = null)
    {
        lock (_gate)
        {
            return _secrets.GetValueOrDefault($"{Parent(location)}/secrets/{id}");
        }
    }

    /// <summary>The newest version's payload as text, or null.</summary>
    public string? LatestValue(string id, string? location = null)
    {
        lock (_gate)
        {
            return _secrets.TryGetValue($"{Parent(location)}/secrets/{id}", out var secret) && secret.Versions.Count > 0
                ? System.Text.Encoding.UTF8.GetString(secret.Versions[^1].Data)
                : null;
        }
    }

    /// <summary>Makes a service account key JSON whose token_uri is this fake; the fake accepts its signed assertions.</summary>
    public string CreateServiceAccountKey(string email = "ferry@fake-project.iam.gserviceaccount.com")
    {
        using var rsa = RSA.Create(2048);
        var publicKey = RSA.Create();
        publicKey.ImportRSAPublicKey(rsa.ExportRSAPublicKey(), out _);
        _auth.AddServiceAccountKey(email, publicKey);
        return new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = Project,
            ["private_key_id"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = email,
            ["client_id"] = "1234567890",
            ["token_uri"] = TokenUri.AbsoluteUri,
        }.ToJsonString();
    }

    /// <summary>STS accepts this subject token for this audience (the workload identity pool provider).</summary>
    public void TrustSubjectToken(string token, string audience) => _auth.TrustSubjectToken(token, audience);

    /// <summary>Lets a federated identity impersonate the Google service account.</summary>
    public void AllowImpersonation(string email) => _auth.AllowImpersonation(email);

    /// <summary>A bearer token accepted forever (for gcloud and the Node client, which bring their own).</summary>
    public void AddAccessToken(string token) => _auth.AddStaticToken(token);

    /// <summary>Every token issued so far stops being accepted (as if they all expired).</summary>
    public void ExpireTokens() => _auth.ExpireAll();

    /// <summary>The next <paramref name="times"/> Secret Manager requests fail with <paramref name="fault"/>.</summary>
    public void InjectFault(GcpFakeFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Parent(string? location) =>
        location is null ? $"projects/{Project}" : $"projects/{Project}/locations/{location}";

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var method = context.Request.Method;
        if (path == "/token" && method == "POST")
        {
            await _auth.TokenAsync(context);
            return;
        }

        if (path == "/sts/v1/token" && method == "POST")
        {
            await _auth.StsAsync(context);
            return;
        }

        const string iamPrefix = "/iam/v1/projects/-/serviceAccounts/";
        if (path.StartsWith(iamPrefix, StringComparison.Ordinal) && path.EndsWith(":generateAccessToken", StringComparison.Ordinal) && method == "POST")
        {
            await _auth.GenerateAccessTokenAsync(context, Uri.UnescapeDataString(path[iamPrefix.Length..^":generateAccessToken".Length]));
            return;
        }

        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            await GcpFakeHttp.ErrorAsync(context, 404, "NOT_FOUND", "Not Found");
            return;
        }

        Interlocked.Increment(ref _requests);
        if (TakeFault(context.Request.Method) is { } fault)
        {
            await FailAsync(context, fault);
            return;
        }

        if (!_auth.IsValid(context.Request.Headers.Authorization.ToString()))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"";
            await GcpFakeHttp.ErrorAsync(context, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");
            return;
        }

        await _api.HandleAsync(context, Uri.UnescapeDataString(path["/v1/".Length..]), operation => _calls.AddOrUpdate(operation, 1, (_, n) => n + 1));
    }

    // The fault at the head of the queue, if it applies to this method; one for another method waits for its request.
    private GcpFakeFault? TakeFault(string method)
    {
        lock (_faults)
        {
            return _faults.TryPeek(out var next) && (next.Method is null || next.Method == method) && _faults.TryDequeue(out var fault)
                ? fault
                : null;
        }
    }

    private static async Task FailAsync(HttpContext context, GcpFakeFault fault)
    {
        if (fault.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (fault.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (status, message) = fault.Status switch
        {
            HttpStatusCode.TooManyRequests => ("RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Access requests'."),
            HttpStatusCode.ServiceUnavailable => ("UNAVAILABLE", "The service is currently unavailable."),
            _ => ("INTERNAL", "Internal error encountered."),
        };
        await GcpFakeHttp.ErrorAsync(context, (int)fault.Status, status, message);
    }
}
