namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// The access token a client sends, and a fresh login when Google refuses it before its time (revoked, or a
/// service clock ahead of ours). Calls that saw the same refused token share one login instead of each logging in.
/// </summary>
internal sealed class GcpSession(GcpAccessToken initial, Func<CancellationToken, Task<GcpAccessToken>> login)
{
    private readonly Lock _gate = new();
    private GcpAccessToken _current = initial;
    private Task<GcpAccessToken>? _renewal;

    public GcpAccessToken Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>The token to use instead of <paramref name="refused"/>: one another call already got, or a new login's.</summary>
    public Task<GcpAccessToken> RenewAsync(GcpAccessToken refused, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, refused))
            {
                return Task.FromResult(_current);
            }

            _renewal ??= LoginAsync(cancellationToken);
            return _renewal.WaitAsync(cancellationToken);
        }
    }

    private async Task<GcpAccessToken> LoginAsync(CancellationToken cancellationToken)
    {
        // Never finish inside RenewAsync's lock: the finally below must run after _renewal is assigned.
        await Task.Yield();
        try
        {
            var fresh = await login(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _current = fresh;
            }

            return fresh;
        }
        finally
        {
            lock (_gate)
            {
                // Done either way: the next refusal (of the new token, or after a failed login) may log in again.
                _renewal = null;
            }
        }
    }
}
