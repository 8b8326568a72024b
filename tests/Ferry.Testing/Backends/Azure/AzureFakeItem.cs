using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// One version of a vault object as the fake holds it: a secret's value, a key's public JWK or a certificate's DER
/// bytes, with the attributes and tags Key Vault keeps. Tests read these to see what was pushed.
/// </summary>
public sealed record AzureFakeItem
{
    public required AzureFakeObjectKind Kind { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Value { get; init; }

    public string? ContentType { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public bool Enabled { get; init; } = true;

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Updated { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>True for a secret Key Vault manages (the secret behind a certificate).</summary>
    public bool Managed { get; init; }

    /// <summary>A key's public JWK (kty, n/e or crv/x/y, key_ops), without kid.</summary>
    public JsonObject? Key { get; init; }

    /// <summary>A certificate's DER bytes (Key Vault's <c>cer</c>).</summary>
    public byte[]? Certificate { get; init; }
}
