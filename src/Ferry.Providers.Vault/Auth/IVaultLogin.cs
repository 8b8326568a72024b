namespace Ferry.Providers.Vault.Auth;

/// <summary>One auth method: obtains a token. Methods that hold credentials can log in again when a token runs out.</summary>
internal interface IVaultLogin
{
    /// <summary>Name of the method for messages, e.g. <c>appRole</c>.</summary>
    string Method { get; }

    /// <summary>False for a ready-made token: once it cannot be renewed, nothing can replace it but a new Secret.</summary>
    bool CanLogInAgain { get; }

    ValueTask<VaultToken> LogInAsync(VaultAuthContext context, CancellationToken cancellationToken);
}
