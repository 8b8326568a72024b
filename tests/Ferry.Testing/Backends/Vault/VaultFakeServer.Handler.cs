using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Vault;

/// <summary>Routing: faults, namespaces, token checks, then sys, auth or a KV engine.</summary>
public sealed partial class VaultFakeServer
{
    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var raw = request.Path.Value ?? string.Empty;
        var method = request.Method;
        var ns = ((string?)request.Headers["X-Vault-Namespace"] ?? string.Empty).Trim('/');
        var path = raw.StartsWith("/v1/", StringComparison.Ordinal) ? raw[4..] : raw.TrimStart('/');
        VaultFakeResult result;
        TimeSpan? retryAfter = null;
        var fault = TakeFault(method, path);
        if (fault is { Hang: true })
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(method, path, ns, 0);
            }

            return;
        }

        if (fault is not null)
        {
            retryAfter = fault.RetryAfter;
            result = VaultFakeResult.Error(fault.Status, fault.Status switch
            {
                429 => "rate limit quota exceeded",
                503 => "Vault is sealed",
                _ => "internal error",
            });
        }
        else if (!raw.StartsWith("/v1/", StringComparison.Ordinal))
        {
            result = VaultFakeResult.NotFound();
        }
        else
        {
            result = await DispatchAsync(context, method, path, ns);
        }

        Record(method, path, ns, result.Status);
        context.Response.StatusCode = result.Status;
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((long)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (result.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(result.Body.ToJsonString(), context.RequestAborted);
        }
    }

    private async Task<VaultFakeResult> DispatchAsync(HttpContext context, string method, string path, string headerNamespace)
    {
        JsonObject? body;
        try
        {
            body = await ReadBodyAsync(context.Request);
        }
        catch (JsonException)
        {
            return VaultFakeResult.Error(400, "failed to parse JSON input: invalid character");
        }

        string ns;
        lock (_gate)
        {
            (ns, path) = ResolveNamespace(headerNamespace, path);
        }

        if (path == "sys/health")
        {
            return new VaultFakeResult(200, new JsonObject { ["initialized"] = true, ["sealed"] = false, ["standby"] = false, ["version"] = "1.17.0-fake" });
        }

        if (path.StartsWith("auth/", StringComparison.Ordinal) && path.Contains("/login", StringComparison.Ordinal)
            && !path.StartsWith("auth/token/", StringComparison.Ordinal))
        {
            return method is "POST" or "PUT" ? await LoginAsync(context, ns, path, body ?? []) : VaultFakeResult.Error(405, "unsupported operation");
        }

        // Vault reads ?list= with Go's strconv.ParseBool (node-vault sends list=1).
        var isList = method == "LIST" || (method == "GET" && (string?)context.Request.Query["list"] is "1" or "t" or "T" or "true" or "TRUE" or "True");
        lock (_gate)
        {
            var token = Authenticate(context.Request, ns, path);
            if (token is null)
            {
                return VaultFakeResult.PermissionDenied();
            }

            if (path.StartsWith("auth/token/", StringComparison.Ordinal))
            {
                return TokenCall(method, path["auth/token/".Length..], token, body);
            }

            if (path.StartsWith("sys/internal/ui/mounts/", StringComparison.Ordinal))
            {
                return MountInfo(ns, path["sys/internal/ui/mounts/".Length..]);
            }

            if (FindKv(ns, path) is not { } kv)
            {
                return VaultFakeResult.Error(404, $"no handler for route \"{path}\". route entry not found.");
            }

            if (method == "PATCH" && !(context.Request.ContentType ?? string.Empty).StartsWith("application/merge-patch+json", StringComparison.Ordinal))
            {
                return VaultFakeResult.Error(415, "PATCH requires Content-Type application/merge-patch+json");
            }

            var rest = path.Length > kv.Path.Length ? path[(kv.Path.Length + 1)..] : string.Empty;
            return kv.Handle(isList ? "LIST" : method, rest, isList, context.Request.Query["version"], body, _time.GetUtcNow());
        }
    }

    // The namespace is the header plus any leading path segments that name a known child namespace.
    private (string Namespace, string Path) ResolveNamespace(string ns, string path)
    {
        while (true)
        {
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                return (ns, path);
            }

            var candidate = ns.Length == 0 ? path[..slash] : ns + "/" + path[..slash];
            if (!_namespaces.Contains(candidate) || path.StartsWith("auth/", StringComparison.Ordinal) || path.StartsWith("sys/", StringComparison.Ordinal))
            {
                return (ns, path);
            }

            (ns, path) = (candidate, path[(slash + 1)..]);
        }
    }

    private VaultFakeToken? Authenticate(HttpRequest request, string ns, string path)
    {
        var id = (string?)request.Headers["X-Vault-Token"];
        var authorization = (string?)request.Headers.Authorization;
        if (string.IsNullOrEmpty(id) && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            id = authorization["Bearer ".Length..];
        }

        if (string.IsNullOrEmpty(id) || !_tokens.TryGetValue(id, out var token) || !token.IsValid(_time.GetUtcNow()))
        {
            return null;
        }

        return path.StartsWith("auth/token/", StringComparison.Ordinal) || token.CanAccess(ns, path) ? token : null;
    }

    private VaultFakeKvMount? FindKv(string ns, string path) =>
        _kvMounts.Where(m => m.Key.Namespace == ns && (path == m.Key.Path || path.StartsWith(m.Key.Path + "/", StringComparison.Ordinal)))
            .OrderByDescending(m => m.Key.Path.Length)
            .Select(m => m.Value)
            .FirstOrDefault();

    private VaultFakeResult MountInfo(string ns, string path) =>
        FindKv(ns, path) is { } kv
            ? VaultFakeResult.Ok(new JsonObject
            {
                ["path"] = kv.Path + "/",
                ["type"] = "kv",
                ["options"] = new JsonObject { ["version"] = kv.Version.ToString(CultureInfo.InvariantCulture) },
            })
            : VaultFakeResult.Error(400, "preflight capability check returned 403, please ensure client's policies grant access to path \"" + path + "/\"");

    private VaultFakeFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && f.Matches(method, path));
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining == 0)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }

    private void Record(string method, string path, string ns, int status)
    {
        lock (_gate)
        {
            _requests.Add(new VaultFakeRequest(method, path, ns.Length == 0 ? null : ns, status));
        }
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
    }
}
