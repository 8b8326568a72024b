namespace Ferry.Testing.Backends.Azure;

/// <summary>Optional attributes of a seeded secret, key or certificate.</summary>
public sealed record AzureFakeSecretOptions
{
    public string? ContentType { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>The version id; a random 32-hex id like Key Vault's when null.</summary>
    public string? Version { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }
}
