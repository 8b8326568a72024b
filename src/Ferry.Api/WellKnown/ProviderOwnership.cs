namespace Ferry.Api.WellKnown;

/// <summary>
/// The tag (Vault custom_metadata, AWS tag, Azure tag, GCP label) marking a remote secret as written by a
/// PushSecret; remote secrets without it are never overwritten or deleted.
/// </summary>
public static class ProviderOwnership
{
    public const string TagKey = "managed-by";

    public const string TagValue = "external-secrets";
}
