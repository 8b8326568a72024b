using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

/// <summary>A role of an auth mount; which fields matter depends on the mount's type.</summary>
internal sealed class VaultFakeRole
{
    public required string Name { get; init; }

    public VaultFakeTokenSettings Tokens { get; init; } = new();

    // approle
    public string? RoleId { get; init; }

    public HashSet<string> SecretIds { get; } = new(StringComparer.Ordinal);

    // kubernetes
    public IReadOnlyList<string> BoundServiceAccountNames { get; init; } = [];

    public IReadOnlyList<string> BoundServiceAccountNamespaces { get; init; } = [];

    public string? Audience { get; init; }

    // jwt
    public JsonObject? Jwks { get; init; }

    public Uri? JwksUrl { get; init; }

    public IReadOnlyList<string> BoundAudiences { get; init; } = [];

    public string? BoundSubject { get; init; }

    public string UserClaim { get; init; } = "sub";

    // userpass / ldap
    public string? Password { get; init; }

    // cert
    public X509Certificate2? TrustedCertificate { get; init; }
}
