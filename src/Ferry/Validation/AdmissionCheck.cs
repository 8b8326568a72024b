using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Api.Admission;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Validation;

/// <summary>Reads a served document into its API type and runs the admission rules of Ferry.Api.Admission.</summary>
internal static class AdmissionCheck
{
    public static IReadOnlyList<FieldIssue> Check(ApiKind kind, JsonObject document)
    {
        object? value;
        try
        {
            value = document.Deserialize(kind.TypeInfo);
        }
        catch (JsonException e)
        {
            // The schema step normally catches this first. The exception text is left out: a converter may quote
            // the value it could not read.
            return [new(FieldPath(e.Path), "cannot be read as the API type: wrong type or unknown value")];
        }

        IReadOnlyList<AdmissionError> errors = value switch
        {
            ExternalSecret externalSecret => ExternalSecretRules.Validate(externalSecret),
            ClusterExternalSecret clusterExternalSecret => ClusterExternalSecretRules.Validate(clusterExternalSecret),
            SecretStore store => SecretStoreRules.Validate(store),
            ClusterSecretStore store => SecretStoreRules.Validate(store),
            PushSecret pushSecret => PushSecretRules.Validate(pushSecret),
            ClusterPushSecret clusterPushSecret => PushSecretRules.Validate(clusterPushSecret),
            _ => [],
        };
        return [.. errors.Select(error => new FieldIssue(error.Field, error.Message))];
    }

    /// <summary>System.Text.Json's <c>$.spec.data[0].x</c> as the API server writes it: <c>spec.data[0].x</c>.</summary>
    private static string FieldPath(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');
}
