using System.Text.Json.Nodes;
using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Auth;

/// <summary>appRole: role ID (inline or from a Secret) and secret ID, POSTed to auth/{path}/login.</summary>
internal sealed class AppRoleLogin(VaultAppRole spec) : IVaultLogin
{
    public string Method => "appRole";

    public bool CanLogInAgain => true;

    public async ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        var roleId = !string.IsNullOrEmpty(spec.RoleId)
            ? spec.RoleId
            : (await context.ReadCredentialAsync(spec.RoleRef, "appRole.roleRef", cancellationToken)).Trim();
        var secretId = (await context.ReadCredentialAsync(spec.SecretRef, "appRole.secretRef", cancellationToken)).Trim();
        var body = new JsonObject { ["role_id"] = roleId, ["secret_id"] = secretId };
        return await context.PostLoginAsync(Method, spec.Path ?? "approle", body, cancellationToken);
    }
}
