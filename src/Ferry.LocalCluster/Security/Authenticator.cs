using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Security;

/// <summary>
/// Maps a request to a user: the admin bearer token, a service-account token this server issued (while its
/// ServiceAccount still exists), or a client certificate signed by the cluster's CA.
/// </summary>
internal sealed class Authenticator
{
    public const string AdminUser = "ferry-admin";

    private readonly byte[] _adminToken;
    private readonly ServiceAccountTokens _tokens;
    private readonly CertificateAuthority _authority;
    private readonly Func<string, string, string?> _serviceAccountUid;
    private readonly bool _anonymousIsAdmin;

    public Authenticator(
        string adminToken, ServiceAccountTokens tokens, CertificateAuthority authority, Func<string, string, string?> serviceAccountUid, bool anonymousIsAdmin = false)
    {
        _anonymousIsAdmin = anonymousIsAdmin;
        _adminToken = Encoding.UTF8.GetBytes(adminToken);
        _tokens = tokens;
        _authority = authority;
        _serviceAccountUid = serviceAccountUid;
    }

    public static UserInfo Admin { get; } = new(AdminUser, string.Empty, ["system:masters", "system:authenticated"]);

    public UserInfo? Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return AuthenticateToken(token, ServiceAccountTokens.ApiAudiences, out _);
        }

        var certificate = context.Connection.ClientCertificate;
        if (certificate is not null && _authority.Verify(certificate))
        {
            var name = certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false);
            var groups = certificate.SubjectName.EnumerateRelativeDistinguishedNames()
                .Where(r => r.GetSingleElementType().Value == "2.5.4.10")
                .Select(r => r.GetSingleElementValue())
                .OfType<string>()
                .Append("system:authenticated")
                .ToList();
            return new UserInfo(name, string.Empty, groups);
        }

        // Plain HTTP is the old insecure port: clients send no credentials there (client-go keeps tokens off http).
        return _anonymousIsAdmin ? Admin : null;
    }

    public UserInfo? AuthenticateToken(string token, IReadOnlyList<string> audiences, out string error)
    {
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), _adminToken))
        {
            error = string.Empty;
            return Admin;
        }

        var claims = _tokens.Validate(token, audiences, out error);
        if (claims is null)
        {
            return null;
        }

        var ns = (string?)claims["kubernetes.io"]?["namespace"] ?? string.Empty;
        var name = (string?)claims["kubernetes.io"]?["serviceaccount"]?["name"] ?? string.Empty;
        var uid = (string?)claims["kubernetes.io"]?["serviceaccount"]?["uid"] ?? string.Empty;
        if (!string.Equals(_serviceAccountUid(ns, name), uid, StringComparison.Ordinal))
        {
            error = $"service account {ns}/{name} has been deleted";
            return null;
        }

        return new UserInfo($"system:serviceaccount:{ns}:{name}", uid,
            ["system:serviceaccounts", "system:serviceaccounts:" + ns, "system:authenticated"]);
    }

    public static JsonObject ToJson(UserInfo user)
    {
        var result = new JsonObject { ["username"] = user.Name };
        if (user.Uid.Length > 0)
        {
            result["uid"] = user.Uid;
        }

        result["groups"] = new JsonArray([.. user.Groups.Select(g => (JsonNode)g)]);
        return result;
    }
}
