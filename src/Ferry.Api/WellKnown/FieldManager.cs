using Ferry.Api.Hashing;

namespace Ferry.Api.WellKnown;

/// <summary>
/// The field manager an ExternalSecret writes its Secret with. ESO prunes keys by reading this manager's entry
/// in managedFields, so the name must match byte for byte.
/// </summary>
public static class FieldManager
{
    public const string Prefix = "externalsecrets.external-secrets.io/";

    /// <summary>The form used when the plain name would be too long.</summary>
    public const string HashedPrefix = Prefix + "sha3/";

    /// <summary>Field managers longer than this use the hashed form.</summary>
    public const int MaxLength = 63;

    /// <summary>
    /// The manager for Secret writes: the prefix plus the ExternalSecret's name, or, when that whole string is
    /// longer than 63 characters, the prefix "sha3/" plus the SHA3-224 hex of the name.
    /// </summary>
    public static string ForExternalSecret(string externalSecretName)
    {
        ArgumentNullException.ThrowIfNull(externalSecretName);
        var plain = Prefix + externalSecretName;
        return plain.Length > MaxLength ? HashedPrefix + Sha3.Hash224Hex(externalSecretName) : plain;
    }

    /// <summary>
    /// The manager ESO looks for when it prunes template labels and annotations. ESO's quirk, kept on purpose:
    /// here the switch to the hashed form depends on the name alone being longer than 63 characters, not the
    /// whole string, so names of 28 to 63 characters get a different manager here than for Secret writes.
    /// </summary>
    public static string ForMetadataPruning(string externalSecretName)
    {
        ArgumentNullException.ThrowIfNull(externalSecretName);
        return externalSecretName.Length > MaxLength
            ? HashedPrefix + Sha3.Hash224Hex(externalSecretName)
            : Prefix + externalSecretName;
    }
}
