using Ferry.Api.Regexp;
using Ferry.Api.V1Alpha1;

namespace Ferry.Api.Admission;

/// <summary>
/// ESO has no webhook for PushSecret; these are the checks that make its controller fail the object instead: a
/// refreshInterval Go cannot decode and rewrite regexes RE2 cannot compile. Used for ClusterPushSecret's
/// pushSecretSpec too.
/// </summary>
public static class PushSecretRules
{
    public static IReadOnlyList<AdmissionError> Validate(PushSecret pushSecret)
    {
        ArgumentNullException.ThrowIfNull(pushSecret);
        return Validate(pushSecret.Spec, "spec");
    }

    public static IReadOnlyList<AdmissionError> Validate(ClusterPushSecret clusterPushSecret)
    {
        ArgumentNullException.ThrowIfNull(clusterPushSecret);
        var spec = clusterPushSecret.Spec;
        var errors = new List<AdmissionError>(Validate(spec.PushSecretSpec, "spec.pushSecretSpec"));
        if (spec.RefreshTime is { } refreshTime && !GoDuration.TryParse(refreshTime, out _, out var error))
        {
            errors.Add(new("spec.refreshTime", error!));
        }

        return errors;
    }

    public static IReadOnlyList<AdmissionError> Validate(PushSecretSpec spec, string path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = new List<AdmissionError>();
        if (spec.RefreshInterval is { } interval && !GoDuration.TryParse(interval, out _, out var durationError))
        {
            errors.Add(new($"{path}.refreshInterval", durationError!));
        }

        for (var d = 0; d < (spec.DataTo?.Count ?? 0); d++)
        {
            var dataTo = spec.DataTo![d];
            if (dataTo.Match?.Regexp is { } match && GoRegex.Validate(match) is { } matchError)
            {
                errors.Add(new($"{path}.dataTo[{d}].match.regexp", matchError));
            }

            for (var r = 0; r < (dataTo.Rewrite?.Count ?? 0); r++)
            {
                if (dataTo.Rewrite![r].Regexp?.Source is { } source && GoRegex.Validate(source) is { } rewriteError)
                {
                    errors.Add(new($"{path}.dataTo[{d}].rewrite[{r}].regexp.source", rewriteError));
                }
            }
        }

        return errors;
    }
}
