using Ferry.Api.V1Alpha1;

namespace Ferry.Providers;

/// <summary>
/// One entry of a PushSecret: the source Secret (its data, type and metadata, as ESO hands the whole Secret to the
/// provider) and the match that says which key goes to which remote key.
/// </summary>
public sealed record PushSecretRequest(
    IReadOnlyDictionary<string, SecretValue> SourceData,
    PushSecretData Data,
    string? SourceType = null,
    IReadOnlyDictionary<string, string>? SourceLabels = null,
    IReadOnlyDictionary<string, string>? SourceAnnotations = null)
{
    /// <summary>The source key to push; null or empty means the whole Secret (provider-specific).</summary>
    public string? SecretKey => Data.Match.SecretKey;

    public string RemoteKey => Data.Match.RemoteRef.RemoteKey;

    public string? Property => Data.Match.RemoteRef.Property;
}
