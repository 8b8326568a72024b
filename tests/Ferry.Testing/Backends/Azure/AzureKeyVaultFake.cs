using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// An Azure Key Vault and its Entra ID tenant on 127.0.0.1, over HTTPS with a certificate made at start: the data
/// plane for secrets, keys and certificates with the bearer challenge, api-version and token audience checks; the
/// v2.0 token endpoint (client secret, certificate assertion, federated service-account token) on the same host;
/// and the IMDS managed-identity endpoint on a plain-http port (as the real 169.254.169.254 is). Tests seed data,
/// read what was pushed, count calls and authentications, and inject faults.
/// </summary>
public sealed class AzureKeyVaultFake : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly AzureKeyVaultFakeOptions _options;
    private readonly AzureFakeStore _store = new();
    private readonly AzureFakeIdentity _identity;
    private readonly AzureFakeIdentityApi _identityApi;
    private readonly AzureFakeVaultApi _vaultApi;
    private readonly AzureFakeVaultContext _vault;
    private readonly AzureFakeFaults _faults = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private int _vaultRequests;
    private int _challenges;
    private int _imdsPort;

    private AzureKeyVaultFake(WebApplication app, CancellationTokenSource stopping, AzureKeyVaultFakeOptions options, AzureFakeTls tls)
    {
        _app = app;
        _stopping = stopping;
        _options = options;
        Tls = tls;
        _identity = new AzureFakeIdentity(options.TenantId, options.Audience, options.TokenLifetime, options.Time);
        _identityApi = new AzureFakeIdentityApi(_identity);
        _vault = new AzureFakeVaultContext(options.Time, options.PageSize, options.SoftDelete);
        _vaultApi = new AzureFakeVaultApi(_store, _vault);
    }

    /// <summary>https://127.0.0.1:PORT/ — the vault URL and, on the same host, the authority host.</summary>
    public Uri VaultUri => _vault.VaultUri;

    /// <summary>The Entra ID authority host (AuthorityHost / customCloudConfig.activeDirectoryEndpoint).</summary>
    public Uri AuthorityHost => _vault.VaultUri;

    /// <summary>http://127.0.0.1:PORT/ — the IMDS host (AZURE_POD_IDENTITY_AUTHORITY_HOST).</summary>
    public Uri ImdsEndpoint => new($"http://127.0.0.1:{_imdsPort}/");

    public string TenantId => _options.TenantId;

    public string Audience => _options.Audience;

    public AzureFakeTls Tls { get; }

    public int VaultRequests => Volatile.Read(ref _vaultRequests);

    /// <summary>401 bearer challenges answered (requests that came without a token).</summary>
    public int Challenges => Volatile.Read(ref _challenges);

    /// <summary>Tokens issued by the token endpoint and IMDS together.</summary>
    public int Authentications => _identity.Authentications;

    public static async Task<AzureKeyVaultFake> StartAsync(AzureKeyVaultFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzureKeyVaultFakeOptions();
        var tls = AzureFakeTls.Default;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(tls.Certificate));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var fake = new AzureKeyVaultFake(app, new CancellationTokenSource(), options, tls);
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        fake._vault.VaultUri = new Uri($"https://127.0.0.1:{addresses.First(a => a.Scheme == "https").Port}/");
        fake._imdsPort = addresses.First(a => a.Scheme == "http").Port;
        return fake;
    }

    /// <summary>A handler whose TLS trusts this fake's certificate; give it to SDK transports and test clients.</summary>
    public HttpMessageHandler CreateHttpHandler() => Tls.CreateHandler();

    public AzureFakeItem SetSecret(string name, string value, AzureFakeSecretOptions? options = null) =>
        _store.Add(NewItem(AzureFakeObjectKind.Secret, name, options) with { Value = value, ContentType = options?.ContentType });

    /// <summary>Seeds a key from its public part (a software-protected vault never returns private material).</summary>
    public AzureFakeItem SetKey(string name, AsymmetricAlgorithm key, AzureFakeSecretOptions? options = null) =>
        _store.Add(NewItem(AzureFakeObjectKind.Key, name, options) with { Key = AzureFakeKeys.FromKey(key) });

    /// <summary>Seeds a certificate and, as Key Vault does, its backing secret (base64 PFX).</summary>
    public AzureFakeItem SetCertificate(string name, X509Certificate2 certificate, AzureFakeSecretOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var item = _store.Add(NewItem(AzureFakeObjectKind.Certificate, name, options) with { Certificate = certificate.RawData, ContentType = "application/x-pkcs12" });
        _store.Add(item with
        {
            Kind = AzureFakeObjectKind.Secret,
            Certificate = null,
            Managed = true,
            Value = Convert.ToBase64String(certificate.HasPrivateKey ? certificate.Export(X509ContentType.Pfx) : certificate.RawData),
        });
        return item;
    }

    /// <summary>The version asked for, or the latest; null when the object does not exist (or is deleted).</summary>
    public AzureFakeItem? Get(AzureFakeObjectKind kind, string name, string? version = null) => _store.Get(kind, name, version);

    public IReadOnlyList<AzureFakeItem> Versions(AzureFakeObjectKind kind, string name) => _store.Versions(kind, name);

    public bool IsDeleted(AzureFakeObjectKind kind, string name) => _store.IsDeleted(kind, name);

    public void AddClientSecret(string clientId, string secret) => _identity.AddClientSecret(clientId, secret);

    public void AddClientCertificate(string clientId, X509Certificate2 certificate) => _identity.AddClientCertificate(clientId, certificate);

    /// <summary>Lets the service account's tokens (subject system:serviceaccount:NS:NAME) sign in as the application.</summary>
    public void AddFederatedIdentity(string clientId, string serviceAccountNamespace, string serviceAccountName) =>
        _identity.AddFederatedSubject(clientId, $"system:serviceaccount:{serviceAccountNamespace}:{serviceAccountName}");

    /// <summary>Assigns a managed identity; the first one added answers IMDS requests that name no client_id.</summary>
    public void AddManagedIdentity(string clientId) => _identity.AddManagedIdentity(clientId);

    /// <summary>A service-account token from the cluster the federated credentials trust; <paramref name="forged"/> signs it with a foreign key.</summary>
    public string IssueServiceAccountToken(string ns, string name, IReadOnlyList<string> audiences, TimeSpan? lifetime = null, bool forged = false) =>
        _identity.IssueServiceAccountToken(ns, name, audiences, lifetime ?? TimeSpan.FromHours(1), forged);

    public int AuthenticationsBy(AzureFakeGrant grant) => _identity.AuthenticationsBy(grant);

    /// <summary>Every access token issued so far is refused from now on (revocation, key roll-over).</summary>
    public void RevokeTokens() => _identity.RevokeIssuedTokens();

    /// <summary>Calls of one operation (GetSecret, SetSecret, ListSecrets, GetKey, ImportCertificate, ...) that passed authentication.</summary>
    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    public int TotalCalls => _calls.Values.Sum();

    public void InjectFault(AzureFakeFault fault, int times = 1, string? operation = null) => _faults.Add(fault, times, operation);

    public void ClearFaults() => _faults.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private AzureFakeItem NewItem(AzureFakeObjectKind kind, string name, AzureFakeSecretOptions? options)
    {
        var now = _options.Time.GetUtcNow();
        return new AzureFakeItem
        {
            Kind = kind,
            Name = name,
            Version = options?.Version ?? AzureFakeStore.NewVersion(),
            Tags = options?.Tags,
            Enabled = options?.Enabled ?? true,
            NotBefore = options?.NotBefore,
            Expires = options?.Expires,
            Created = now,
            Updated = now,
        };
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (AzureFakeIdentityApi.IsImdsPath(path))
        {
            await _identityApi.HandleImdsAsync(context);
            return;
        }

        if (context.Connection.LocalPort == _imdsPort)
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (AzureFakeIdentityApi.IsTokenPath(path, out var tenant))
        {
            await _identityApi.HandleTokenAsync(context, tenant, AuthorityHost);
            return;
        }

        await HandleVaultAsync(context);
    }

    private async Task HandleVaultAsync(HttpContext context)
    {
        Interlocked.Increment(ref _vaultRequests);
        var apiVersion = context.Request.Query["api-version"].ToString();
        if (apiVersion.Length == 0)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", "The request URI is missing the required 'api-version' query parameter.");
            return;
        }

        if (!_options.ApiVersions.Contains(apiVersion))
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", $"The specified version ({apiVersion}) is not recognized. Consider using the latest supported version ({_options.ApiVersions[^1]}).");
            return;
        }

        if (!await AuthorizeAsync(context))
        {
            return;
        }

        var segments = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        var operation = AzureFakeVaultApi.Operation(context.Request.Method, segments);
        if (operation is null)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 404, "NotFound", "The requested resource was not found.");
            return;
        }

        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (_faults.Take(operation) is { } fault)
        {
            await ApplyFaultAsync(context, fault);
            return;
        }

        await _vaultApi.HandleAsync(context, operation, segments);
    }

    private async Task<bool> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var challenge = $"Bearer authorization=\"{AuthorityHost.ToString().TrimEnd('/')}/{TenantId}\", resource=\"{Audience}\"";
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _challenges);
            context.Response.Headers.WWWAuthenticate = challenge;
            await AzureFakeHttp.WriteVaultErrorAsync(context, 401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
            return false;
        }

        var rejection = _identity.RejectAccessToken(header["Bearer ".Length..].Trim());
        if (rejection is null)
        {
            return true;
        }

        context.Response.Headers.WWWAuthenticate = challenge + ", error=\"invalid_token\"";
        await AzureFakeHttp.WriteVaultErrorAsync(context, 401, "Unauthorized", rejection);
        return false;
    }

    private async Task ApplyFaultAsync(HttpContext context, AzureFakeFault fault)
    {
        if (fault.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, linked.Token);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
            }

            return;
        }

        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await AzureFakeHttp.WriteVaultErrorAsync(context, fault.Status, "Throttled", "Request was not processed because too many requests were received. Reason: VaultRequestTypeLimitReached");
            return;
        }

        await AzureFakeHttp.WriteVaultErrorAsync(context, fault.Status, "InternalServerError", "An unexpected error occurred while processing the request.");
    }
}
