using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Auth;

/// <summary>Picks the auth method of a store in ESO's order (token, appRole, kubernetes, ldap, userPass, jwt, cert).</summary>
internal static class VaultLogins
{
    public const string NoMethodMessage = "cannot initialize Vault client: no valid auth method specified";

    public static IVaultLogin For(VaultAuth? auth, VaultProviderOptions options)
    {
        if (auth is null)
        {
            throw new ProviderException(NoMethodMessage);
        }

        if (auth.TokenSecretRef is { } tokenRef)
        {
            return new TokenLogin(tokenRef);
        }

        if (auth.AppRole is { } appRole)
        {
            return new AppRoleLogin(appRole);
        }

        if (auth.Kubernetes is { } kubernetes)
        {
            return new KubernetesLogin(kubernetes, options.OwnServiceAccountTokenPath);
        }

        if (auth.Ldap is { } ldap)
        {
            return new PasswordLogin("ldap", ldap.Path ?? "ldap", ldap.Username, ldap.SecretRef);
        }

        if (auth.UserPass is { } userPass)
        {
            return new PasswordLogin("userPass", userPass.Path ?? "userpass", userPass.Username, userPass.SecretRef);
        }

        if (auth.Jwt is { } jwt)
        {
            return new JwtLogin(jwt);
        }

        if (auth.Cert is { } cert)
        {
            return new CertLogin(cert);
        }

        if (auth.Iam is not null || auth.Gcp is not null)
        {
            throw new ProviderException($"vault auth method {(auth.Iam is not null ? "iam" : "gcp")} is not supported by Ferry yet");
        }

        throw new ProviderException(NoMethodMessage);
    }
}
