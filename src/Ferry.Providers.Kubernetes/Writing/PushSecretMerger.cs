using Ferry.Providers.Kubernetes.Reading;
using k8s.Models;

namespace Ferry.Providers.Kubernetes.Writing;

/// <summary>
/// ESO's mergePushSecretData: applies one PushSecret entry to the remote Secret (new or existing). The type follows the
/// source (default Opaque); labels and annotations merge by the metadata policies; without a property the remote data
/// becomes the whole source data, with one the property gets the source key's value, or the whole source as JSON when
/// no source key is named.
/// </summary>
internal static class PushSecretMerger
{
    public const string Merge = "Merge";
    public const string Replace = "Replace";
    public const string Ignore = "Ignore";

    public static void Apply(V1Secret remote, PushSecretRequest request, PushMetadata? metadata)
    {
        remote.Type = string.IsNullOrEmpty(request.SourceType) ? "Opaque" : request.SourceType;
        remote.Metadata ??= new V1ObjectMeta();
        var (sourceLabels, sourceAnnotations) = MergeSource(request, metadata);
        (remote.Metadata.Labels, remote.Metadata.Annotations) = MergeTarget(remote.Metadata, metadata, sourceLabels, sourceAnnotations);

        var source = request.SourceData.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request.Property))
        {
            remote.Data = source;
            return;
        }

        remote.Data ??= new Dictionary<string, byte[]>();
        if (string.IsNullOrEmpty(request.SecretKey))
        {
            remote.Data[request.Property] = System.Text.Encoding.UTF8.GetBytes(SecretReader.DataJson(source));
        }
        else
        {
            // ESO copies source.Data[secretKey]; a missing key writes an empty value rather than failing.
            remote.Data[request.Property] = source.GetValueOrDefault(request.SecretKey) ?? [];
        }
    }

    private static (IDictionary<string, string>? Labels, IDictionary<string, string>? Annotations) MergeSource(
        PushSecretRequest request, PushMetadata? metadata)
    {
        var labels = request.SourceLabels?.ToDictionary(StringComparer.Ordinal);
        var annotations = request.SourceAnnotations?.ToDictionary(StringComparer.Ordinal);
        if (metadata is null)
        {
            return (labels, annotations);
        }

        labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
        annotations ??= new Dictionary<string, string>(StringComparer.Ordinal);
        switch (metadata.SourceMergePolicy)
        {
            case null or "" or Merge:
                Overlay(labels, metadata.Labels);
                Overlay(annotations, metadata.Annotations);
                return (labels, annotations);
            case Replace:
                return (metadata.Labels?.ToDictionary(StringComparer.Ordinal), metadata.Annotations?.ToDictionary(StringComparer.Ordinal));
            default:
                throw new ProviderException($"failed to merge source metadata: unexpected source merge policy \"{metadata.SourceMergePolicy}\"");
        }
    }

    private static (IDictionary<string, string> Labels, IDictionary<string, string> Annotations) MergeTarget(
        V1ObjectMeta remote, PushMetadata? metadata, IDictionary<string, string>? sourceLabels, IDictionary<string, string>? sourceAnnotations)
    {
        var labels = remote.Labels ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = remote.Annotations ?? new Dictionary<string, string>(StringComparer.Ordinal);
        switch (metadata?.TargetMergePolicy)
        {
            case null or "" or Merge:
                Overlay(labels, sourceLabels?.AsReadOnly());
                Overlay(annotations, sourceAnnotations?.AsReadOnly());
                return (labels, annotations);
            case Replace:
                return (sourceLabels ?? new Dictionary<string, string>(), sourceAnnotations ?? new Dictionary<string, string>());
            case Ignore:
                return (labels, annotations);
            default:
                throw new ProviderException($"failed to merge target metadata: unexpected target merge policy \"{metadata.TargetMergePolicy}\"");
        }
    }

    private static void Overlay(IDictionary<string, string> target, IReadOnlyDictionary<string, string>? values)
    {
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            target[key] = value;
        }
    }
}
