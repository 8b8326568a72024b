using Ferry.Api.V1;

namespace Ferry.Api.Admission;

/// <summary>
/// ESO has no webhook for ClusterExternalSecret, but every ExternalSecret it stamps out passes the ExternalSecret
/// webhook, and a refreshTime Go cannot decode fails the controller. So the embedded spec gets the ExternalSecret
/// rules, reported at <c>spec.externalSecretSpec</c>.
/// </summary>
public static class ClusterExternalSecretRules
{
    public static IReadOnlyList<AdmissionError> Validate(ClusterExternalSecret clusterExternalSecret)
    {
        ArgumentNullException.ThrowIfNull(clusterExternalSecret);
        var spec = clusterExternalSecret.Spec;
        var errors = new List<AdmissionError>(ExternalSecretRules.Validate(spec.ExternalSecretSpec, "spec.externalSecretSpec"));
        if (spec.RefreshTime is { } refreshTime && !GoDuration.TryParse(refreshTime, out _, out var error))
        {
            errors.Add(new("spec.refreshTime", error!));
        }

        return errors;
    }
}
