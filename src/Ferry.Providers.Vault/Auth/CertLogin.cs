using System.Text.Json.Nodes;
using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Auth;

/// <summary>
/// cert: the TLS client certificate is the credential (the connection presents it, see VaultHandlerFactory); the
/// body only names the role, or nothing so that Vault picks a matching one.
/// </summary>
internal sealed class CertLogin(VaultCertAuth spec) : IVaultLogin
{
    public string Method => "cert";

    public bool CanLogInAgain => true;

    public ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (!string.IsNullOrEmpty(spec.VaultRole))
        {
            body["name"] = spec.VaultRole;
        }

        return context.PostLoginAsync(Method, spec.Path ?? "cert", body, cancellationToken);
    }
}
