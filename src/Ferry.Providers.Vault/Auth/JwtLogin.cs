using System.Text.Json.Nodes;
using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Auth;

/// <summary>jwt: a JWT from a Secret, or a fresh ServiceAccount token, sent to auth/{path}/login with the role.</summary>
internal sealed class JwtLogin(VaultJwtAuth spec) : IVaultLogin
{
    public string Method => "jwt";

    public bool CanLogInAgain => true;

    public async ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        string jwt;
        if (spec.SecretRef is { } secretRef)
        {
            jwt = (await context.ReadCredentialAsync(secretRef, "jwt.secretRef", cancellationToken)).Trim();
        }
        else if (spec.KubernetesServiceAccountToken is { } request)
        {
            var token = await ServiceAccountTokens.RequestAsync(
                context.Store,
                request.ServiceAccountRef,
                request.Audiences,
                request.ExpirationSeconds ?? ServiceAccountTokens.DefaultExpirationSeconds,
                cancellationToken);
            jwt = token.Token.Reveal();
        }
        else
        {
            throw new ProviderException("vault jwt auth needs secretRef or kubernetesServiceAccountToken");
        }

        var body = new JsonObject { ["role"] = spec.Role, ["jwt"] = jwt };
        return await context.PostLoginAsync(Method, spec.Path ?? "jwt", body, cancellationToken);
    }
}
