using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ferry.Testing.Backends.Vault;

/// <summary>
/// A HashiCorp Vault stand-in on 127.0.0.1 speaking Vault's HTTP API: KV v1 and v2, namespaces (X-Vault-Namespace
/// or a path prefix), token lookup/renew/revoke, and AppRole, Kubernetes (checked through the cluster's TokenReview),
/// JWT (checked against a JWKS), userpass, LDAP and cert logins. Tests seed data and roles, read what was pushed,
/// count calls and logins, and inject faults. It starts with a KV v2 engine at <c>secret</c> and a KV v1 engine at
/// <c>kv</c> in the root namespace.
/// </summary>
public sealed partial class VaultFakeServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly X509Certificate2? _serverCertificate;
    private readonly Dictionary<(string Namespace, string Path), VaultFakeKvMount> _kvMounts = [];
    private readonly Dictionary<(string Namespace, string Path), VaultFakeAuthMount> _authMounts = [];
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal) { string.Empty };
    private readonly Dictionary<string, VaultFakeToken> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _logins = new(StringComparer.Ordinal);
    private readonly List<VaultFakeRequest> _requests = [];
    private readonly List<VaultFakeFault> _faults = [];
    private readonly HttpClient _outbound;

    private VaultFakeServer(WebApplication app, TimeProvider time, X509Certificate2? serverCertificate, string rootToken, HttpClient outbound)
    {
        _app = app;
        _time = time;
        _serverCertificate = serverCertificate;
        _outbound = outbound;
        RootToken = rootToken;
        _tokens[rootToken] = new VaultFakeToken
        {
            Id = rootToken, Accessor = NewId("acc"), Namespace = string.Empty, Path = "auth/token/root",
            IssuedAt = time.GetUtcNow(), Settings = new VaultFakeTokenSettings { Policies = ["root"], Renewable = false },
        };
        EnableKv("secret", 2);
        EnableKv("kv", 1);
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>A token that never expires and may do anything, in the root namespace.</summary>
    public string RootToken { get; }

    /// <summary>The PEM of the certificate the fake serves HTTPS with (UseTls); pass it as the store's caBundle.</summary>
    public string? CaCertificatePem => _serverCertificate?.ExportCertificatePem();

    public int Renewals { get; private set; }

    public int Lookups { get; private set; }

    public int Revocations { get; private set; }

    public IReadOnlyList<VaultFakeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<VaultFakeServer> StartAsync(VaultFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new VaultFakeOptions();
        var certificate = options.UseTls ? CreateServerCertificate() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, VaultFakeHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            if (certificate is not null)
            {
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    ServerCertificate = certificate,
                    ClientCertificateMode = ClientCertificateMode.AllowCertificate,
                    // Cert auth checks the chain against the role's certificate; TLS only collects it.
                    ClientCertificateValidation = (_, _, _) => true,
                });
            }
        }));
        var app = builder.Build();
        var server = new VaultFakeServer(app, options.Time, certificate, options.RootToken ?? NewId("hvs"), new HttpClient());
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri($"{(certificate is null ? "http" : "https")}://127.0.0.1:{new Uri(address).Port}/");
        return server;
    }

    /// <summary>Enables a KV engine (version 1 or 2) at <paramref name="mount"/> in <paramref name="ns"/> (created if new).</summary>
    public void EnableKv(string mount, int version, string? ns = null)
    {
        lock (_gate)
        {
            var space = AddNamespace(ns);
            _kvMounts[(space, mount.Trim('/'))] = new VaultFakeKvMount(mount.Trim('/'), version);
        }
    }

    /// <summary>Makes every write to the mount (or, with a key, to that key) require check-and-set.</summary>
    public void RequireCheckAndSet(string mount, string? ns = null)
    {
        lock (_gate)
        {
            Kv(mount, ns).CasRequired = true;
        }
    }

    /// <summary>Writes a new version of a secret (KV v2) or replaces it (KV v1); returns the version.</summary>
    public int WriteSecret(string mount, string path, IReadOnlyDictionary<string, object?> data, string? ns = null) =>
        WriteSecretJson(mount, path, JsonSerializer.Serialize(data), ns);

    public int WriteSecretJson(string mount, string path, string json, string? ns = null)
    {
        var data = JsonNode.Parse(json)?.AsObject() ?? throw new ArgumentException("the secret must be a JSON object", nameof(json));
        lock (_gate)
        {
            return Kv(mount, ns).Put(path, data, _time.GetUtcNow());
        }
    }

    /// <summary>Sets a KV v2 key's custom_metadata (replacing it), creating the key's metadata if needed.</summary>
    public void SetCustomMetadata(string mount, string path, IReadOnlyDictionary<string, string> metadata, string? ns = null)
    {
        var custom = new JsonObject();
        foreach (var (k, v) in metadata)
        {
            custom[k] = v;
        }

        lock (_gate)
        {
            Kv(mount, ns).Handle("POST", "metadata/" + path, false, null, new JsonObject { ["custom_metadata"] = custom }, _time.GetUtcNow());
        }
    }

    /// <summary>A version's data (latest when null), or null when the key, version or its data is gone.</summary>
    public JsonObject? ReadSecret(string mount, string path, int? version = null, string? ns = null)
    {
        lock (_gate)
        {
            var kv = Kv(mount, ns);
            if (!kv.Entries.TryGetValue(path, out var entry))
            {
                return null;
            }

            var found = entry.Versions.GetValueOrDefault(version ?? entry.CurrentVersion);
            return found is { IsLive: true } ? (JsonObject?)found.Data?.DeepClone() : null;
        }
    }

    public IReadOnlyDictionary<string, string>? CustomMetadata(string mount, string path, string? ns = null)
    {
        lock (_gate)
        {
            return Kv(mount, ns).Entries.TryGetValue(path, out var entry) && entry.CustomMetadata is { } custom
                ? new Dictionary<string, string>(custom, StringComparer.Ordinal)
                : null;
        }
    }

    public int CurrentVersion(string mount, string path, string? ns = null)
    {
        lock (_gate)
        {
            return Kv(mount, ns).Entries.TryGetValue(path, out var entry) ? entry.CurrentVersion : 0;
        }
    }

    public bool Exists(string mount, string path, string? ns = null)
    {
        lock (_gate)
        {
            return Kv(mount, ns).Entries.ContainsKey(path);
        }
    }

    /// <summary>Soft-deletes the latest version of a KV v2 key, as <c>DELETE data/path</c> does.</summary>
    public void DeleteLatestVersion(string mount, string path, string? ns = null)
    {
        lock (_gate)
        {
            Kv(mount, ns).Handle("DELETE", "data/" + path, false, null, null, _time.GetUtcNow());
        }
    }

    /// <summary>Issues a service token in <paramref name="ns"/>.</summary>
    public string CreateToken(VaultFakeTokenSettings? settings = null, string? ns = null)
    {
        lock (_gate)
        {
            return Issue(settings ?? new VaultFakeTokenSettings(), ns ?? string.Empty, "auth/token/create", new Dictionary<string, string>()).Id;
        }
    }

    public void RevokeToken(string token)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue(token, out var found))
            {
                found.Revoked = true;
            }
        }
    }

    /// <summary>Expires every token except the root token at once: the "expired token" fault.</summary>
    public void ExpireAllTokens()
    {
        lock (_gate)
        {
            var past = _time.GetUtcNow().AddSeconds(-1);
            foreach (var token in _tokens.Values.Where(t => t.Id != RootToken))
            {
                token.ExpiresAt = past;
            }
        }
    }

    /// <summary>True when the token exists, is not revoked and has not expired.</summary>
    public bool IsTokenValid(string token)
    {
        lock (_gate)
        {
            return _tokens.TryGetValue(token, out var found) && found.IsValid(_time.GetUtcNow());
        }
    }

    /// <summary>Adds an AppRole role and issues one secret ID for it; returns both IDs.</summary>
    public (string RoleId, string SecretId) AddAppRole(string role, VaultFakeTokenSettings? tokens = null, string mount = "approle", string? ns = null)
    {
        var roleId = Guid.NewGuid().ToString();
        var secretId = Guid.NewGuid().ToString();
        var added = new VaultFakeRole { Name = role, RoleId = roleId, Tokens = tokens ?? new() };
        added.SecretIds.Add(secretId);
        AddRole(mount, "approle", ns, added);
        return (roleId, secretId);
    }

    /// <summary>Configures Kubernetes auth at <paramref name="mount"/> and adds a role bound to service accounts.</summary>
    public void AddKubernetesRole(
        string role,
        VaultFakeKubernetesConfig config,
        IReadOnlyList<string> boundServiceAccountNames,
        IReadOnlyList<string> boundServiceAccountNamespaces,
        string? audience = null,
        VaultFakeTokenSettings? tokens = null,
        string mount = "kubernetes",
        string? ns = null)
    {
        AddRole(mount, "kubernetes", ns, new VaultFakeRole
        {
            Name = role, BoundServiceAccountNames = boundServiceAccountNames, BoundServiceAccountNamespaces = boundServiceAccountNamespaces,
            Audience = audience, Tokens = tokens ?? new(),
        });
        lock (_gate)
        {
            _authMounts[(AddNamespace(ns), mount)].Kubernetes = config;
        }
    }

    /// <summary>Adds a JWT role verified against a JWKS given inline or fetched from <paramref name="jwksUrl"/> at each login.</summary>
    public void AddJwtRole(
        string role,
        IReadOnlyList<string> boundAudiences,
        JsonObject? jwks = null,
        Uri? jwksUrl = null,
        string userClaim = "sub",
        string? boundSubject = null,
        VaultFakeTokenSettings? tokens = null,
        string mount = "jwt",
        string? ns = null) =>
        AddRole(mount, "jwt", ns, new VaultFakeRole
        {
            Name = role, BoundAudiences = boundAudiences, Jwks = jwks, JwksUrl = jwksUrl, UserClaim = userClaim,
            BoundSubject = boundSubject, Tokens = tokens ?? new(),
        });

    /// <summary>Adds a user to a userpass (or, with <paramref name="type"/> ldap, LDAP) auth mount.</summary>
    public void AddUser(string username, string password, string type = "userpass", string? mount = null, VaultFakeTokenSettings? tokens = null, string? ns = null) =>
        AddRole(mount ?? type, type, ns, new VaultFakeRole { Name = username, Password = password, Tokens = tokens ?? new() });

    /// <summary>Adds a cert role: a client certificate issued by (or equal to) <paramref name="trusted"/> logs in.</summary>
    public void AddCertRole(string name, X509Certificate2 trusted, VaultFakeTokenSettings? tokens = null, string mount = "cert", string? ns = null) =>
        AddRole(mount, "cert", ns, new VaultFakeRole { Name = name, TrustedCertificate = trusted, Tokens = tokens ?? new() });

    /// <summary>Successful logins, of one auth type (approle, kubernetes, jwt, userpass, ldap, cert) or all.</summary>
    public int Logins(string? type = null)
    {
        lock (_gate)
        {
            return type is null ? _logins.Values.Sum() : _logins.GetValueOrDefault(type);
        }
    }

    /// <summary>Requests served whose path starts with <paramref name="pathPrefix"/> (and of <paramref name="method"/>, when given).</summary>
    public int Count(string pathPrefix = "", string? method = null)
    {
        lock (_gate)
        {
            return _requests.Count(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal) && (method is null || r.Method == method));
        }
    }

    public void ResetCounters()
    {
        lock (_gate)
        {
            _requests.Clear();
            _logins.Clear();
            Renewals = Lookups = Revocations = 0;
        }
    }

    /// <summary>The next <paramref name="times"/> matching requests fail with <paramref name="status"/> (and Retry-After).</summary>
    public void FailNext(int status, int times = 1, TimeSpan? retryAfter = null, string? pathPrefix = null, string? method = null)
    {
        lock (_gate)
        {
            _faults.Add(new VaultFakeFault { Status = status, RetryAfter = retryAfter, PathPrefix = pathPrefix, Method = method, Remaining = times });
        }
    }

    /// <summary>The next <paramref name="times"/> matching requests never answer (until the client gives up).</summary>
    public void HangNext(int times = 1, string? pathPrefix = null)
    {
        lock (_gate)
        {
            _faults.Add(new VaultFakeFault { Status = 0, Hang = true, PathPrefix = pathPrefix, Remaining = times });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _outbound.Dispose();
        _serverCertificate?.Dispose();
    }

    private void AddRole(string mount, string type, string? ns, VaultFakeRole role)
    {
        lock (_gate)
        {
            var space = AddNamespace(ns);
            var key = (space, mount.Trim('/'));
            if (!_authMounts.TryGetValue(key, out var auth))
            {
                auth = new VaultFakeAuthMount(mount.Trim('/'), type);
                _authMounts[key] = auth;
            }

            auth.Roles[role.Name] = role;
        }
    }

    private string AddNamespace(string? ns)
    {
        var space = (ns ?? string.Empty).Trim('/');
        // A child namespace implies its parents.
        for (var at = space.IndexOf('/', StringComparison.Ordinal); at > 0; at = space.IndexOf('/', at + 1))
        {
            _namespaces.Add(space[..at]);
        }

        _namespaces.Add(space);
        return space;
    }

    private VaultFakeKvMount Kv(string mount, string? ns) =>
        _kvMounts.TryGetValue(((ns ?? string.Empty).Trim('/'), mount.Trim('/')), out var kv)
            ? kv
            : throw new InvalidOperationException($"no KV engine at {mount} in namespace '{ns}'");

    private VaultFakeToken Issue(VaultFakeTokenSettings settings, string ns, string path, IReadOnlyDictionary<string, string> metadata)
    {
        var now = _time.GetUtcNow();
        var token = new VaultFakeToken
        {
            Id = NewId("hvs"), Accessor = NewId("acc"), Namespace = ns, Path = path, IssuedAt = now, Settings = settings,
            Metadata = metadata, ExpiresAt = settings.Ttl > TimeSpan.Zero ? now + settings.Ttl : null,
            MaxExpiresAt = settings.MaxTtl > TimeSpan.Zero ? now + settings.MaxTtl : null, CreationTtl = settings.Ttl,
        };
        _tokens[token.Id] = token;
        return token;
    }

    private static string NewId(string prefix) =>
        prefix + "." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');

    private static X509Certificate2 CreateServerCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=vault-fake", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Re-imported so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
