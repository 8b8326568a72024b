using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Security;
using Ferry.LocalCluster.Semantics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ferry.LocalCluster;

/// <summary>
/// A running local cluster: an in-memory Kubernetes API server on 127.0.0.1 with its own CA, an admin token and a
/// kubeconfig. Start it with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed class LocalClusterServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly ServiceAccountTokens _tokens;
    private readonly TimeProvider _time;
    private readonly string? _temporaryFolder;
    private readonly BackgroundControllers _controllers;

    private LocalClusterServer(
        WebApplication app, CancellationTokenSource stopping, ServiceAccountTokens tokens, CertificateAuthority authority,
        Uri url, string token, string kubeconfigPath, string? temporaryFolder, TimeProvider time, ObjectService service)
    {
        _app = app;
        _stopping = stopping;
        _tokens = tokens;
        Authority = authority;
        Url = url;
        Token = token;
        KubeconfigPath = kubeconfigPath;
        _temporaryFolder = temporaryFolder;
        _time = time;
        Service = service;
        _controllers = new BackgroundControllers(service);
    }

    /// <summary>The server's base address, e.g. <c>https://127.0.0.1:40123/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The admin bearer token.</summary>
    public string Token { get; }

    public string KubeconfigPath { get; }

    /// <summary>The cluster's certificate authority (verify the server with it, or issue client certificates).</summary>
    public CertificateAuthority Authority { get; }

    public X509Certificate2 CaCertificate => Authority.Certificate;

    public string CaCertificatePem => Authority.CertificatePem;

    internal ObjectService Service { get; }

    /// <summary>How many objects the store holds (for benchmarks).</summary>
    public int ObjectCount
    {
        get
        {
            lock (Service.Store.Gate)
            {
                return Service.Registry.All.Select(t => t.GroupResource).Distinct().Sum(gr => Service.Store.Table(gr).Count);
            }
        }
    }

    /// <summary>A client certificate (with key) that authenticates as the given user and groups.</summary>
    public X509Certificate2 IssueClientCertificate(string user, params string[] groups) =>
        Authority.IssueClientCertificate(_time, user, groups);

    public static async Task<LocalClusterServer> StartAsync(LocalClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = options.Time;
        var authority = CertificateAuthority.Create(time);
        var tokens = new ServiceAccountTokens(time);
        var token = options.Token ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var service = ClusterState.Create(time, authority.CertificatePem, options.WatchHistorySize);
        var store = service.Store;
        var authenticator = new Authenticator(token, tokens, authority, (ns, name) => store.Get("serviceaccounts", ns, name)?.Uid, options.PlainHttp);
        var stopping = new CancellationTokenSource();
        var handler = new ApiHandler(service, authenticator, new AllowAllAuthorizer(), tokens, options, time, stopping.Token);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, EmbeddedHostLifetime>();
        X509Certificate2? serving = options.PlainHttp
            ? null
            : authority.IssueServerCertificate(time, ["localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc"], [IPAddress.Loopback, IPAddress.IPv6Loopback]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = HttpIo.MaxBodyBytes + 1;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                listen.Protocols = serving is null ? HttpProtocols.Http1 : HttpProtocols.Http1AndHttp2;
                if (serving is not null)
                {
                    listen.UseHttps(new HttpsConnectionAdapterOptions
                    {
                        ServerCertificate = serving,
                        ClientCertificateMode = ClientCertificateMode.AllowCertificate,
                        // The authenticator checks the chain against the cluster CA; TLS only collects it.
                        ClientCertificateValidation = (_, _, _) => true,
                    });
                }
            });
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var url = new Uri($"{(serving is null ? "http" : "https")}://127.0.0.1:{port}/");
        handler.ServerAddress = $"127.0.0.1:{port}";
        string? temporary = null;
        var kubeconfig = options.KubeconfigPath;
        if (kubeconfig is null)
        {
            temporary = Directory.CreateTempSubdirectory("ferry-local-").FullName;
            kubeconfig = Path.Combine(temporary, "kubeconfig");
        }

        KubeconfigWriter.Write(kubeconfig, KubeconfigWriter.Render(url, serving is null ? null : authority.CertificatePem, token));
        return new LocalClusterServer(app, stopping, tokens, authority, url, token, Path.GetFullPath(kubeconfig), temporary, time, service);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _controllers.DisposeAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
        _tokens.Dispose();
        Authority.Dispose();
        if (_temporaryFolder is not null)
        {
            Directory.Delete(_temporaryFolder, recursive: true);
        }
    }
}
