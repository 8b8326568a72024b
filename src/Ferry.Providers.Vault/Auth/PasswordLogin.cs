using System.Text.Json.Nodes;
using Ferry.Api.V1;

namespace Ferry.Providers.Vault.Auth;

/// <summary>userPass and ldap: the password POSTed to auth/{path}/login/{username}.</summary>
internal sealed class PasswordLogin(string method, string mount, string username, SecretKeySelector? passwordRef) : IVaultLogin
{
    public string Method => method;

    public bool CanLogInAgain => true;

    public async ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        var password = await context.ReadCredentialAsync(passwordRef, method + ".secretRef", cancellationToken);
        var body = new JsonObject { ["password"] = password };
        return await context.PostLoginAsync(Method, mount, body, cancellationToken, suffix: username);
    }
}
