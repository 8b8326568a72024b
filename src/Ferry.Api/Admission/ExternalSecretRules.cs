using Ferry.Api.Regexp;
using Ferry.Api.V1;

namespace Ferry.Api.Admission;

/// <summary>
/// What ESO's validating webhook checks on an ExternalSecret (<c>externalsecret_validator.go</c>, ESO 2.9), plus the
/// checks that make ESO fail the object later anyway: a refreshInterval Go cannot decode and regular expressions RE2
/// cannot compile. Messages are ESO's where ESO has one. All errors are reported, not only the first.
/// </summary>
public static class ExternalSecretRules
{
    public const string ServiceAccountTokenType = "kubernetes.io/service-account-token";
    public const string ServiceAccountNameAnnotation = "kubernetes.io/service-account.name";
    public const string BootstrapTokenType = "bootstrap.kubernetes.io/token";

    private static readonly string[] SecretTemplateTargets = ["", "Data", "Annotations", "Labels"];

    public static IReadOnlyList<AdmissionError> Validate(ExternalSecret externalSecret)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        return Validate(externalSecret.Spec, "spec");
    }

    /// <summary>Checks a spec found at <paramref name="path"/>: <c>spec</c> for an ExternalSecret,
    /// <c>spec.externalSecretSpec</c> for the ExternalSecrets a ClusterExternalSecret stamps out.</summary>
    public static IReadOnlyList<AdmissionError> Validate(ExternalSecretSpec spec, string path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = new List<AdmissionError>();
        ValidatePolicies(spec.Target, $"{path}.target", errors);
        if ((spec.Data?.Count ?? 0) == 0 && (spec.DataFrom?.Count ?? 0) == 0)
        {
            errors.Add(new(path, "either data or dataFrom should be specified"));
        }

        for (var i = 0; i < (spec.DataFrom?.Count ?? 0); i++)
        {
            ValidateDataFrom(spec.DataFrom![i], $"{path}.dataFrom[{i}]", errors);
        }

        ValidateDuplicateKeys(spec, path, errors);
        ValidateTemplate(spec.Target, $"{path}.target", errors);
        if (spec.RefreshInterval is { } interval && !GoDuration.TryParse(interval, out _, out var durationError))
        {
            errors.Add(new($"{path}.refreshInterval", durationError!));
        }

        return errors;
    }

    private static void ValidatePolicies(ExternalSecretTarget? target, string path, List<AdmissionError> errors)
    {
        // Unset policies mean the schema defaults, Owner and Retain, as the API server fills them in.
        var creation = target?.CreationPolicy ?? ExternalSecretCreationPolicy.Owner;
        var deletion = target?.DeletionPolicy ?? ExternalSecretDeletionPolicy.Retain;
        if (deletion == ExternalSecretDeletionPolicy.Delete && creation is ExternalSecretCreationPolicy.Merge or ExternalSecretCreationPolicy.None or ExternalSecretCreationPolicy.CreateOrMerge)
        {
            errors.Add(new($"{path}.deletionPolicy", "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner"));
        }

        if (deletion == ExternalSecretDeletionPolicy.Merge && creation == ExternalSecretCreationPolicy.None)
        {
            errors.Add(new($"{path}.deletionPolicy", "deletionPolicy=Merge must not be used with creationPolicy=None. There is no Secret to merge with"));
        }
    }

    private static void ValidateDataFrom(ExternalSecretDataFromRemoteRef dataFrom, string path, List<AdmissionError> errors)
    {
        var generator = dataFrom.SourceRef?.GeneratorRef is not null;
        var sources = (dataFrom.Extract is null ? 0 : 1) + (dataFrom.Find is null ? 0 : 1) + (generator ? 1 : 0);
        if (sources > 1)
        {
            errors.Add(new(path, "extract, find, or generatorRef cannot be set at the same time"));
        }

        if (dataFrom.Find is null && dataFrom.Extract is null && dataFrom.SourceRef is null)
        {
            errors.Add(new(path, "either extract, find, or sourceRef must be set to dataFrom"));
        }

        if (dataFrom.SourceRef is { GeneratorRef: null, StoreRef: null })
        {
            errors.Add(new($"{path}.sourceRef", "generatorRef or storeRef must be set when using sourceRef in dataFrom"));
        }

        if (dataFrom.Find?.Name?.Regexp is { } findPattern && GoRegex.Validate(findPattern) is { } findError)
        {
            errors.Add(new($"{path}.find.name.regexp", findError));
        }

        for (var i = 0; i < (dataFrom.Rewrite?.Count ?? 0); i++)
        {
            if (dataFrom.Rewrite![i].Regexp?.Source is { } source && GoRegex.Validate(source) is { } rewriteError)
            {
                errors.Add(new($"{path}.rewrite[{i}].regexp.source", rewriteError));
            }
        }
    }

    private static void ValidateDuplicateKeys(ExternalSecretSpec spec, string path, List<AdmissionError> errors)
    {
        // ESO checks duplicates only under Retain: with Delete or Merge a duplicate key is merely overwritten.
        if ((spec.Target?.DeletionPolicy ?? ExternalSecretDeletionPolicy.Retain) != ExternalSecretDeletionPolicy.Retain)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (spec.Data?.Count ?? 0); i++)
        {
            var key = spec.Data![i].SecretKey;
            if (!seen.Add(key))
            {
                errors.Add(new($"{path}.data[{i}].secretKey", $"duplicate secretKey found: {key}"));
            }
        }
    }

    private static void ValidateTemplate(ExternalSecretTarget? target, string path, List<AdmissionError> errors)
    {
        if (target?.Template is not { } template)
        {
            return;
        }

        var templatePath = $"{path}.template";
        var templateFrom = template.TemplateFrom ?? [];
        if (template.Type == ServiceAccountTokenType)
        {
            if (template.Metadata?.Annotations?.ContainsKey(ServiceAccountNameAnnotation) == true)
            {
                errors.Add(new($"{templatePath}.metadata.annotations", $"a Secret of type {ServiceAccountTokenType} must not carry the annotation {ServiceAccountNameAnnotation}: Kubernetes would fill it with a token for that service account"));
            }

            if (templateFrom.Any(from => string.Equals(from.Target, "Annotations", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new($"{templatePath}.templateFrom", $"a Secret of type {ServiceAccountTokenType} must not take its annotations from templateFrom"));
            }
        }

        if (template.Type == BootstrapTokenType)
        {
            errors.Add(new($"{templatePath}.type", $"Secrets of type {BootstrapTokenType} cannot be created from an ExternalSecret"));
        }

        if (target.Manifest is not null)
        {
            return;
        }

        for (var i = 0; i < templateFrom.Count; i++)
        {
            var targetName = templateFrom[i].Target ?? string.Empty;
            if (!SecretTemplateTargets.Contains(targetName, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new($"{templatePath}.templateFrom[{i}].target", $"unsupported templateFrom target \"{targetName}\": a Secret target accepts Data, Annotations or Labels"));
            }
        }
    }
}
