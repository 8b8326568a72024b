using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Vault;

/// <summary>Logins (approle, kubernetes, jwt, userpass, ldap, cert) and the token endpoints.</summary>
public sealed partial class VaultFakeServer
{
    private async Task<VaultFakeResult> LoginAsync(HttpContext context, string ns, string path, JsonObject body)
    {
        var at = path.IndexOf("/login", StringComparison.Ordinal);
        var mountPath = path["auth/".Length..at];
        var suffix = path[(at + "/login".Length)..].TrimStart('/');
        VaultFakeAuthMount? mount;
        lock (_gate)
        {
            mount = _authMounts.GetValueOrDefault((ns, mountPath));
        }

        if (mount is null)
        {
            return VaultFakeResult.Error(400, $"no handler for route \"{path}\". route entry not found.");
        }

        var (role, metadata, failure) = mount.Type switch
        {
            "approle" => AppRoleLogin(mount, body),
            "userpass" or "ldap" => PasswordLogin(mount, suffix, body),
            "kubernetes" => await KubernetesLoginAsync(mount, body, context.RequestAborted),
            "jwt" => await JwtLoginAsync(mount, body, context.RequestAborted),
            "cert" => CertLogin(mount, body, context.Connection.ClientCertificate),
            _ => (null, null, VaultFakeResult.Error(400, "unsupported auth type")),
        };
        if (failure is not null)
        {
            return failure;
        }

        lock (_gate)
        {
            var token = Issue(role!.Tokens, ns, path, metadata!);
            _logins[mount.Type] = _logins.GetValueOrDefault(mount.Type) + 1;
            return VaultFakeResult.Ok(null, AuthBlock(token, metadata!));
        }
    }

    private (VaultFakeRole?, Dictionary<string, string>?, VaultFakeResult?) AppRoleLogin(VaultFakeAuthMount mount, JsonObject body)
    {
        var roleId = (string?)body["role_id"];
        var secretId = (string?)body["secret_id"];
        if (string.IsNullOrEmpty(roleId))
        {
            return (null, null, VaultFakeResult.Error(400, "missing role_id"));
        }

        lock (_gate)
        {
            var role = mount.Roles.Values.FirstOrDefault(r => r.RoleId == roleId);
            if (role is null || secretId is null || !role.SecretIds.Contains(secretId))
            {
                return (null, null, VaultFakeResult.Error(400, "invalid role or secret ID"));
            }

            return (role, new Dictionary<string, string> { ["role_name"] = role.Name }, null);
        }
    }

    private (VaultFakeRole?, Dictionary<string, string>?, VaultFakeResult?) PasswordLogin(VaultFakeAuthMount mount, string username, JsonObject body)
    {
        lock (_gate)
        {
            if (!mount.Roles.TryGetValue(username, out var user) || user.Password != (string?)body["password"])
            {
                return (null, null, VaultFakeResult.Error(400, mount.Type == "ldap" ? "ldap operation failed: failed to bind as user" : "invalid username or password"));
            }

            return (user, new Dictionary<string, string> { ["username"] = username }, null);
        }
    }

    private async Task<(VaultFakeRole?, Dictionary<string, string>?, VaultFakeResult?)> KubernetesLoginAsync(
        VaultFakeAuthMount mount, JsonObject body, CancellationToken cancellationToken)
    {
        var jwt = (string?)body["jwt"];
        VaultFakeRole? role;
        lock (_gate)
        {
            role = mount.Roles.GetValueOrDefault((string?)body["role"] ?? string.Empty);
        }

        if (role is null)
        {
            return (null, null, VaultFakeResult.Error(400, $"invalid role name \"{(string?)body["role"]}\""));
        }

        if (string.IsNullOrEmpty(jwt))
        {
            return (null, null, VaultFakeResult.Error(400, "missing jwt"));
        }

        var config = mount.Kubernetes ?? throw new InvalidOperationException("kubernetes auth is not configured");
        // Vault asks the cluster who the JWT belongs to (TokenReview) with the reviewer's own token.
        var review = new JsonObject
        {
            ["apiVersion"] = "authentication.k8s.io/v1",
            ["kind"] = "TokenReview",
            ["spec"] = new JsonObject
            {
                ["token"] = jwt,
                ["audiences"] = role.Audience is { } audience ? new JsonArray(audience) : null,
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(config.KubernetesHost, "/apis/authentication.k8s.io/v1/tokenreviews"))
        {
            Content = new StringContent(review.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", config.TokenReviewerJwt);
        // kubernetes_ca_cert: an API server behind a private CA is trusted through that CA alone, as Vault does.
        using var trusting = config.KubernetesCaPem is { } ca ? ClientTrusting(ca) : null;
        using var response = await (trusting ?? _outbound).SendAsync(request, cancellationToken);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var status = answer?["status"];
        if (!response.IsSuccessStatusCode || status?["authenticated"]?.GetValue<bool>() != true)
        {
            return (null, null, VaultFakeResult.PermissionDenied());
        }

        var username = (string?)status["user"]?["username"] ?? string.Empty;
        var parts = username.Split(':');
        if (parts.Length != 4 || parts[0] != "system" || parts[1] != "serviceaccount")
        {
            return (null, null, VaultFakeResult.PermissionDenied());
        }

        var (saNamespace, saName) = (parts[2], parts[3]);
        if (!Bound(role.BoundServiceAccountNames, saName))
        {
            return (null, null, VaultFakeResult.Error(403, "service account name not authorized"));
        }

        if (!Bound(role.BoundServiceAccountNamespaces, saNamespace))
        {
            return (null, null, VaultFakeResult.Error(403, "namespace not authorized"));
        }

        return (role, new Dictionary<string, string>
        {
            ["role"] = role.Name,
            ["service_account_name"] = saName,
            ["service_account_namespace"] = saNamespace,
        }, null);
    }

    private async Task<(VaultFakeRole?, Dictionary<string, string>?, VaultFakeResult?)> JwtLoginAsync(
        VaultFakeAuthMount mount, JsonObject body, CancellationToken cancellationToken)
    {
        VaultFakeRole? role;
        lock (_gate)
        {
            role = mount.Roles.GetValueOrDefault((string?)body["role"] ?? string.Empty);
        }

        if (role is null)
        {
            return (null, null, VaultFakeResult.Error(400, $"role \"{(string?)body["role"]}\" could not be found"));
        }

        var jwks = role.Jwks;
        if (jwks is null && role.JwksUrl is { } url)
        {
            jwks = JsonNode.Parse(await _outbound.GetStringAsync(url, cancellationToken))!.AsObject();
        }

        var claims = VaultFakeJwt.Validate((string?)body["jwt"] ?? string.Empty, jwks ?? [], role, _time.GetUtcNow(), out var error);
        if (claims is null)
        {
            return (null, null, VaultFakeResult.Error(400, error));
        }

        return (role, new Dictionary<string, string> { ["role"] = role.Name, [role.UserClaim] = claims[role.UserClaim]!.ToString() }, null);
    }

    private (VaultFakeRole?, Dictionary<string, string>?, VaultFakeResult?) CertLogin(VaultFakeAuthMount mount, JsonObject body, X509Certificate2? client)
    {
        if (client is null)
        {
            return (null, null, VaultFakeResult.Error(400, "client certificate must be supplied"));
        }

        var wanted = (string?)body["name"];
        lock (_gate)
        {
            foreach (var role in mount.Roles.Values.Where(r => wanted is null || r.Name == wanted))
            {
                if (IssuedBy(client, role.TrustedCertificate!))
                {
                    return (role, new Dictionary<string, string> { ["cert_name"] = role.Name, ["common_name"] = client.GetNameInfo(X509NameType.SimpleName, false) }, null);
                }
            }
        }

        return (null, null, VaultFakeResult.Error(400, "invalid certificate or no client certificate supplied"));
    }

    private VaultFakeResult TokenCall(string method, string operation, VaultFakeToken token, JsonObject? body)
    {
        var now = _time.GetUtcNow();
        switch (operation, method)
        {
            case ("lookup-self", "GET"):
                Lookups++;
                return VaultFakeResult.Ok(LookupData(token, now));
            case ("renew-self", "POST" or "PUT"):
                if (!token.Settings.Renewable || token.ExpiresAt is null)
                {
                    return VaultFakeResult.Error(400, "lease is not renewable");
                }

                var increment = body?["increment"] is JsonValue value ? ParseSeconds(value) : token.CreationTtl;
                var expires = now + increment;
                if (token.MaxExpiresAt is { } max && expires > max)
                {
                    expires = max;
                }

                token.ExpiresAt = expires;
                Renewals++;
                return VaultFakeResult.Ok(null, AuthBlock(token, token.Metadata));
            case ("revoke-self", "POST" or "PUT"):
                token.Revoked = true;
                Revocations++;
                return VaultFakeResult.NoContent;
            case ("create", "POST" or "PUT"):
                var ttl = body?["ttl"] is JsonValue ttlValue ? ParseSeconds(ttlValue) : TimeSpan.FromHours(1);
                var created = Issue(token.Settings with { Ttl = ttl }, token.Namespace, "auth/token/create", new Dictionary<string, string>());
                return VaultFakeResult.Ok(null, AuthBlock(created, created.Metadata));
            default:
                return VaultFakeResult.Error(405, "unsupported operation");
        }
    }

    private JsonObject LookupData(VaultFakeToken token, DateTimeOffset now) => new()
    {
        ["accessor"] = token.Accessor,
        ["creation_time"] = token.IssuedAt.ToUnixTimeSeconds(),
        ["creation_ttl"] = (long)token.CreationTtl.TotalSeconds,
        ["display_name"] = token.Path.Replace('/', '-'),
        ["entity_id"] = string.Empty,
        ["expire_time"] = token.ExpiresAt is { } expires ? VaultFakeKvMount.Format(expires) : null,
        ["explicit_max_ttl"] = 0,
        ["id"] = token.Id,
        ["issue_time"] = VaultFakeKvMount.Format(token.IssuedAt),
        ["meta"] = Meta(token.Metadata),
        ["namespace_path"] = token.Namespace.Length == 0 ? string.Empty : token.Namespace + "/",
        ["num_uses"] = 0,
        ["orphan"] = true,
        ["path"] = token.Path,
        ["policies"] = new JsonArray([.. token.Settings.Policies.Select(p => (JsonNode)p)]),
        ["renewable"] = token.Settings.Renewable && token.ExpiresAt is not null,
        ["ttl"] = token.ExpiresAt is { } end ? Math.Max(0, (long)(end - now).TotalSeconds) : 0,
        ["type"] = "service",
    };

    private JsonObject AuthBlock(VaultFakeToken token, IReadOnlyDictionary<string, string> metadata) => new()
    {
        ["client_token"] = token.Id,
        ["accessor"] = token.Accessor,
        ["policies"] = new JsonArray([.. token.Settings.Policies.Select(p => (JsonNode)p)]),
        ["token_policies"] = new JsonArray([.. token.Settings.Policies.Select(p => (JsonNode)p)]),
        ["metadata"] = Meta(metadata),
        ["lease_duration"] = token.ExpiresAt is { } end ? Math.Max(0, (long)Math.Ceiling((end - _time.GetUtcNow()).TotalSeconds)) : 0,
        ["renewable"] = token.Settings.Renewable && token.ExpiresAt is not null,
        ["entity_id"] = string.Empty,
        ["token_type"] = "service",
        ["orphan"] = true,
    };

    private static JsonObject Meta(IReadOnlyDictionary<string, string> metadata)
    {
        var meta = new JsonObject();
        foreach (var (k, v) in metadata)
        {
            meta[k] = v;
        }

        return meta;
    }

    private static bool Bound(IReadOnlyList<string> bound, string value) => bound.Contains("*") || bound.Contains(value);

    private static bool IssuedBy(X509Certificate2 client, X509Certificate2 trusted)
    {
        if (client.Thumbprint == trusted.Thumbprint)
        {
            return true;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(client);
    }

    private static HttpClient ClientTrusting(string caPem)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPem(caPem);
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.AddRange(roots);
        return new HttpClient(new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy } });
    }

    // Vault accepts an integer number of seconds or a duration string such as "1h" or "90s".
    private static TimeSpan ParseSeconds(JsonValue value)
    {
        if (value.TryGetValue<long>(out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        var text = value.GetValue<string>();
        var unit = text[^1];
        var number = double.Parse(char.IsDigit(unit) ? text : text[..^1], CultureInfo.InvariantCulture);
        return unit switch
        {
            'h' => TimeSpan.FromHours(number),
            'm' => TimeSpan.FromMinutes(number),
            _ => TimeSpan.FromSeconds(number),
        };
    }
}
