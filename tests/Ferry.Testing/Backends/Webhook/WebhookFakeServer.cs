using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ferry.Testing.Backends.Webhook;

/// <summary>
/// A secrets endpoint for ESO's webhook provider on 127.0.0.1 (HTTP, or HTTPS with its own CA): <c>GET
/// /secrets/{key}[?version=v]</c> answers <c>{"value": ...}</c> or 404, <c>POST|PUT /secrets/{key}</c> stores the
/// body, <c>DELETE /secrets/{key}</c> removes it. Tests seed values, read what was pushed, see every request, require
/// an Authorization header, serve canned bodies on other paths, and queue faults (429 with Retry-After, 5xx, hangs) for the next requests.
/// </summary>
public sealed class WebhookFakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _responses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WebhookFault> _faults = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private WebhookFakeServer(WebApplication app, X509Certificate2? authority)
    {
        _app = app;
        Authority = authority;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The CA that signed the serving certificate (HTTPS only).</summary>
    public X509Certificate2? Authority { get; }

    public string? AuthorityPem => Authority?.ExportCertificatePem();

    /// <summary>When set, a request without exactly this Authorization header gets 401.</summary>
    public string? RequiredAuthorization { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<WebhookFakeServer> StartAsync(bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        X509Certificate2? authority = null;
        X509Certificate2? serving = null;
        if (https)
        {
            (authority, serving) = CreateCertificates();
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (serving is not null)
            {
                listen.UseHttps(serving);
            }
        }));
        var app = builder.Build();
        var server = new WebhookFakeServer(app, authority);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri($"{(https ? "https" : "http")}://{(https ? "localhost" : "127.0.0.1")}:{new Uri(address).Port}/");
        return server;
    }

    public void SetSecret(string key, string value, string? version = null) => _values[Slot(key, version)] = value;

    public string? GetSecret(string key, string? version = null) => _values.GetValueOrDefault(Slot(key, version));

    /// <summary>A GET of exactly <paramref name="path"/> answers <paramref name="body"/> as it is (application/json).</summary>
    public void SetResponse(string path, string body) => _responses[path] = body;

    public void InjectFault(WebhookFault fault) => _faults.Enqueue(fault);

    public int CountRequests(string method, string path) =>
        _requests.Count(r => r.Method == method && r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Authority?.Dispose();
    }

    private static string Slot(string key, string? version) => string.IsNullOrEmpty(version) ? key : key + "@" + version;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));

        if (_faults.TryDequeue(out var fault))
        {
            await ApplyAsync(fault, context);
            return;
        }

        if (RequiredAuthorization is { } required && request.Headers.Authorization.ToString() != required)
        {
            context.Response.StatusCode = 401;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (request.Method == "GET" && _responses.TryGetValue(path, out var canned))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(canned);
            return;
        }

        if (!path.StartsWith("/secrets/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        // Keys arrive query-escaped (Go's url.QueryEscape, as ESO renders them): '+' is a space.
        var key = Uri.UnescapeDataString(path["/secrets/".Length..].Replace('+', ' '));
        var slot = Slot(key, request.Query["version"].ToString());
        switch (request.Method)
        {
            case "GET":
                if (_values.TryGetValue(slot, out var value))
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["value"] = value }));
                }
                else
                {
                    context.Response.StatusCode = 404;
                }

                break;
            case "POST" or "PUT":
                context.Response.StatusCode = _values.ContainsKey(slot) ? 200 : 201;
                _values[slot] = body;
                break;
            case "DELETE":
                context.Response.StatusCode = _values.TryRemove(slot, out _) ? 204 : 404;
                break;
            default:
                context.Response.StatusCode = 405;
                break;
        }
    }

    private static async Task ApplyAsync(WebhookFault fault, HttpContext context)
    {
        switch (fault)
        {
            case WebhookFault.TooManyRequests tooMany:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case WebhookFault.ServerError error:
                context.Response.StatusCode = error.Status;
                break;
            case WebhookFault.Hang hang:
                try
                {
                    await Task.Delay(hang.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                context.Response.StatusCode = 504;
                break;
        }
    }

    private static (X509Certificate2 Authority, X509Certificate2 Serving) CreateCertificates()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=webhook-fake-ca", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        var authority = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = request.Create(authority, now.AddDays(-1), now.AddDays(29), RandomNumberGenerator.GetBytes(8));
        using var withKey = signed.CopyWithPrivateKey(key);
        // Kestrel needs the key in an exportable, persisted form on some platforms: round-trip through PKCS#12.
        var serving = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        return (authority, serving);
    }
}
