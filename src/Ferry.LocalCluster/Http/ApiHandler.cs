using System.Text;
using Ferry.LocalCluster.Discovery;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Security;
using Ferry.LocalCluster.Semantics;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>
/// The one request entry point: authentication, discovery and OpenAPI, then resource verbs. Every failure leaves
/// as a Kubernetes <c>Status</c>.
/// </summary>
internal sealed partial class ApiHandler
{
    private static readonly byte[] Ok = Encoding.ASCII.GetBytes("ok");

    private readonly ObjectService _service;
    private readonly Authenticator _authenticator;
    private readonly IAuthorizer _authorizer;
    private readonly ServiceAccountTokens _tokens;
    private readonly LocalClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly CancellationToken _stopping;

    public ApiHandler(
        ObjectService service, Authenticator authenticator, IAuthorizer authorizer, ServiceAccountTokens tokens,
        LocalClusterOptions options, TimeProvider time, CancellationToken stopping)
    {
        _service = service;
        _authenticator = authenticator;
        _authorizer = authorizer;
        _tokens = tokens;
        _options = options;
        _time = time;
        _stopping = stopping;
    }

    /// <summary>host:port as clients reach this server (for /api's serverAddressByClientCIDRs).</summary>
    public string ServerAddress { get; set; } = "127.0.0.1:0";

    private ResourceRegistry Registry => _service.Registry;

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await HttpIo.WriteStatusAsync(context, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || _stopping.IsCancellationRequested)
        {
            // The client went away or the server is stopping: nothing left to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted && exception is not OperationCanceledException)
        {
            // A bug in the server: answer as kube-apiserver does for a panic, naming the failure without any data.
            var error = new ApiException(500, "InternalError", $"Internal error occurred: {exception.GetType().Name} at {exception.TargetSite?.DeclaringType?.Name}.{exception.TargetSite?.Name}");
            await HttpIo.WriteStatusAsync(context, error);
        }
    }

    private async Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        if (path is "/healthz" or "/livez" or "/readyz" || path.StartsWith("/healthz/", StringComparison.Ordinal)
            || path.StartsWith("/livez/", StringComparison.Ordinal) || path.StartsWith("/readyz/", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.Body.WriteAsync(Ok, context.RequestAborted);
            return;
        }

        if (path == "/.well-known/openid-configuration")
        {
            await HttpIo.WriteJsonAsync(context, 200, OpenIdConfiguration(context));
            return;
        }

        if (path == "/openid/v1/jwks")
        {
            await HttpIo.WriteJsonAsync(context, 200, _tokens.Jwks());
            return;
        }

        var user = _authenticator.Authenticate(context) ?? throw ApiErrors.Unauthorized();
        if (await TryDiscoveryAsync(context, path))
        {
            return;
        }

        var request = Resolve(path) ?? throw ApiErrors.NotFoundPath();
        await HandleResourceAsync(context, request, user);
    }

    private async Task<bool> TryDiscoveryAsync(HttpContext context, string path)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return false;
        }

        switch (path)
        {
            case "/version":
                await HttpIo.WriteJsonAsync(context, 200, DiscoveryDocuments.Version());
                return true;
            case "/api" or "/apis":
                var aggregated = AggregatedMediaType(context);
                if (aggregated is not null)
                {
                    var version = aggregated.Contains("v2beta1", StringComparison.Ordinal) ? "apidiscovery.k8s.io/v2beta1" : "apidiscovery.k8s.io/v2";
                    var document = DiscoveryDocuments.Aggregated(Registry, path == "/api", version);
                    await HttpIo.WriteJsonAsync(context, 200, document, aggregated);
                    return true;
                }

                await HttpIo.WriteJsonAsync(context, 200, path == "/api" ? DiscoveryDocuments.LegacyVersions(ServerAddress) : DiscoveryDocuments.GroupList(Registry));
                return true;
            case "/openapi/v3":
                await HttpIo.WriteJsonAsync(context, 200, OpenApiDocuments.Root(Registry));
                return true;
            default:
                break;
        }

        if (path.StartsWith("/openapi/v3/", StringComparison.Ordinal))
        {
            var parts = path["/openapi/v3/".Length..].Split('/');
            var document = parts switch
            {
                ["api", var v] => OpenApiDocuments.GroupVersion(Registry, string.Empty, v),
                ["apis", var g, var v] => OpenApiDocuments.GroupVersion(Registry, g, v),
                _ => null,
            };
            await WriteOrNotFoundAsync(context, document);
            return true;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments)
        {
            case ["api", var version]:
                await WriteOrNotFoundAsync(context, DiscoveryDocuments.ResourceList(Registry, string.Empty, version));
                return true;
            case ["apis", var group]:
                await WriteOrNotFoundAsync(context, DiscoveryDocuments.Group(Registry, group));
                return true;
            case ["apis", var group, var version]:
                await WriteOrNotFoundAsync(context, DiscoveryDocuments.ResourceList(Registry, group, version));
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteOrNotFoundAsync(HttpContext context, System.Text.Json.Nodes.JsonObject? document)
    {
        if (document is null)
        {
            throw ApiErrors.NotFoundPath();
        }

        await HttpIo.WriteJsonAsync(context, 200, document);
    }

    /// <summary>The aggregated-discovery media type the client asked for, when it asked for one.</summary>
    private static string? AggregatedMediaType(HttpContext context)
    {
        var accept = context.Request.Headers.Accept.ToString();
        foreach (var part in accept.Split(','))
        {
            var compact = part.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (compact.Contains("g=apidiscovery.k8s.io", StringComparison.Ordinal) && compact.Contains("as=APIGroupDiscoveryList", StringComparison.Ordinal))
            {
                return compact.Contains("v=v2beta1", StringComparison.Ordinal) ? DiscoveryDocuments.AggregatedV2Beta1 : DiscoveryDocuments.AggregatedV2;
            }
        }

        return null;
    }

    private ResourceRequest? Resolve(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string group;
        string version;
        ArraySegment<string> rest;
        if (segments.Length >= 3 && segments[0] == "api")
        {
            (group, version, rest) = (string.Empty, segments[1], segments[2..]);
        }
        else if (segments.Length >= 4 && segments[0] == "apis")
        {
            (group, version, rest) = (segments[1], segments[2], segments[3..]);
        }
        else
        {
            return null;
        }

        var watch = false;
        if (rest.Count > 1 && rest[0] == "watch")
        {
            watch = true;
            rest = rest[1..];
        }

        var ns = string.Empty;
        if (rest.Count >= 3 && rest[0] == "namespaces" && Registry.Find(group, version, rest[2]) is { Namespaced: true })
        {
            ns = rest[1];
            rest = rest[2..];
        }

        if (rest.Count is 0 or > 3 || Registry.Find(group, version, rest[0]) is not { } type)
        {
            return null;
        }

        var name = rest.Count > 1 ? rest[1] : null;
        var sub = rest.Count > 2 ? rest[2] : null;
        if (sub is not null && !type.Subresources.Contains(sub))
        {
            return null;
        }

        if (type.Namespaced && ns.Length == 0 && name is not null)
        {
            return null;
        }

        var storage = type.Group == "events.k8s.io" ? Registry.Find(string.Empty, "v1", "events")! : type;
        return new ResourceRequest(type, ns, name, sub, watch) { Storage = storage };
    }

    private static System.Text.Json.Nodes.JsonObject OpenIdConfiguration(HttpContext context) => new()
    {
        ["issuer"] = ServiceAccountTokens.Issuer,
        ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/openid/v1/jwks",
        ["response_types_supported"] = new System.Text.Json.Nodes.JsonArray("id_token"),
        ["subject_types_supported"] = new System.Text.Json.Nodes.JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new System.Text.Json.Nodes.JsonArray("RS256"),
    };
}
