using System.Net;
using System.Text.Json.Nodes;
using Ferry.Providers.Vault.Http;

namespace Ferry.Providers.Vault.Auth;

/// <summary>
/// The token of one pooled client. Logs in once; renews with auth/token/renew-self once two thirds of the lease are
/// gone; logs in again only when renewal is impossible (not renewable, past its max TTL, revoked) and the method
/// can. One caller renews while concurrent callers wait for it, so a burst of reconciles costs one renewal.
/// </summary>
internal sealed class VaultSession(IVaultLogin login, VaultAuthContext context) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VaultToken? _token;

    public string Method => login.Method;

    public bool CanLogInAgain => login.CanLogInAgain;

    /// <summary>The token in hand, without logging in or renewing (null before the first login).</summary>
    public string? CurrentToken => Volatile.Read(ref _token)?.Value;

    /// <summary>
    /// When the session stops working: only for a ready-made token, which nothing here can replace. Sessions that
    /// can log in again renew themselves, so the pool need not rebuild them.
    /// </summary>
    public DateTimeOffset? ExpiresAt => login.CanLogInAgain ? null : Volatile.Read(ref _token)?.ExpiresAt;

    public async ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _token);
        if (current is not null && IsUsable(current, context.Time.GetUtcNow()))
        {
            return current.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _token;
            var now = context.Time.GetUtcNow();
            if (current is not null && IsUsable(current, now))
            {
                return current.Value;
            }

            var next = current is null ? await login.LogInAsync(context, cancellationToken) : await RefreshAsync(current, cancellationToken);
            Volatile.Write(ref _token, next);
            return next.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Vault refused <paramref name="rejected"/> (revoked, expired early): the next call logs in again.</summary>
    public void Invalidate(string rejected)
    {
        var current = Volatile.Read(ref _token);
        if (current is not null && current.Value == rejected)
        {
            Interlocked.CompareExchange(ref _token, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private async ValueTask<VaultToken> RefreshAsync(VaultToken current, CancellationToken cancellationToken)
    {
        if (current.Renewable)
        {
            var renewed = await TryRenewAsync(current, cancellationToken);
            if (renewed is not null)
            {
                return renewed;
            }
        }

        if (login.CanLogInAgain)
        {
            return await login.LogInAsync(context, cancellationToken);
        }

        // A ready-made token that cannot be renewed is used until it expires; the pool replaces the client then.
        return current.IsExpired(context.Time.GetUtcNow())
            ? throw new ProviderException("the vault token has expired and cannot be renewed; rotate the token Secret")
            : current;
    }

    // Fresh enough, or a ready-made token that cannot be renewed: nothing to do but use it until it expires.
    private bool IsUsable(VaultToken token, DateTimeOffset now) =>
        !token.IsDueForRenewal(now) || (!token.Renewable && !login.CanLogInAgain && !token.IsExpired(now));

    private async ValueTask<VaultToken?> TryRenewAsync(VaultToken current, CancellationToken cancellationToken)
    {
        VaultResponse response;
        try
        {
            response = await context.Http.SendAsync(
                HttpMethod.Post, "auth/token/renew-self", current.Value, context.Namespace, new JsonObject(), cancellationToken);
        }
        catch (VaultApiException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            return null;
        }

        if (!response.IsSuccess)
        {
            return null;
        }

        var renewed = context.ReadAuth(response, login.Method);
        // Near its max TTL Vault grants less than asked; once the lease no longer reaches past the old one, renewing is
        // pointless and the next refresh logs in again instead.
        var extends = renewed.ExpiresAt is not { } newEnd || current.ExpiresAt is not { } oldEnd || newEnd > oldEnd;
        return renewed with { Value = current.Value, Renewable = renewed.Renewable && extends };
    }
}
