using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Providers.Vault.Http;

namespace Ferry.Providers.Vault.Auth;

/// <summary>tokenSecretRef: a ready-made token, checked and measured with auth/token/lookup-self.</summary>
internal sealed class TokenLogin(SecretKeySelector tokenRef) : IVaultLogin
{
    public string Method => "token";

    public bool CanLogInAgain => false;

    public async ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken)
    {
        var token = (await context.ReadCredentialAsync(tokenRef, "tokenSecretRef", cancellationToken)).Trim();
        if (token.Length == 0)
        {
            throw new ProviderException("cannot parse Vault authentication token: the token is empty");
        }

        var response = await context.Http.SendAsync(HttpMethod.Get, "auth/token/lookup-self", token, context.Namespace, null, cancellationToken);
        if (!response.IsSuccess)
        {
            throw new VaultApiException("GET", "auth/token/lookup-self", response.Status, []);
        }

        var data = response.Data;
        var ttl = VaultResponse.Member(data, "ttl");
        var renewable = VaultResponse.Member(data, "renewable");
        return new VaultToken(
            token,
            context.Time.GetUtcNow(),
            TimeSpan.FromSeconds(ttl.ValueKind == JsonValueKind.Number ? ttl.GetInt64() : 0),
            renewable.ValueKind == JsonValueKind.True);
    }
}
