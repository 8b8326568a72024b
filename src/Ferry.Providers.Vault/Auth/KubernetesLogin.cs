using System.Text.Json.Nodes;
using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Auth;

/// <summary>
/// kubernetes: a ServiceAccount JWT sent to auth/{mountPath}/login, which Vault checks with the cluster's
/// TokenReview. The JWT is a fresh TokenRequest token for serviceAccountRef, a stored token from secretRef, or else
/// the operator's own mounted token, read again at every login so a rotated file is picked up.
/// </summary>
internal sealed class KubernetesLogin(VaultKubernetesAuth spec, string ownTokenPath) : IVaultLogin
{
    public string Method => "kubernetes";

    public bool CanLogInAgain => true;

    public async ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        var jwt = await JwtAsync(context, cancellationToken);
        var body = new JsonObject { ["role"] = spec.Role, ["jwt"] = jwt };
        return await context.PostLoginAsync(Method, spec.MountPath ?? "kubernetes", body, cancellationToken);
    }

    private async ValueTask<string> JwtAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        if (spec.ServiceAccountRef is { } serviceAccount)
        {
            var token = await ServiceAccountTokens.RequestAsync(
                context.Store, serviceAccount, null, ServiceAccountTokens.DefaultExpirationSeconds, cancellationToken);
            return token.Token.Reveal();
        }

        if (spec.SecretRef is { } secretRef)
        {
            return (await context.ReadCredentialAsync(secretRef, "kubernetes.secretRef", cancellationToken)).Trim();
        }

        try
        {
            return (await File.ReadAllTextAsync(ownTokenPath, cancellationToken)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProviderException($"cannot read the operator's ServiceAccount token from {ownTokenPath}: {ex.GetType().Name}", ex);
        }
    }
}
