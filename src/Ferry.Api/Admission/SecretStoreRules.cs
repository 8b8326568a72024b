using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Regexp;
using Ferry.Api.Schema;
using Ferry.Api.Serialization;
using Ferry.Api.V1;

namespace Ferry.Api.Admission;

/// <summary>
/// What ESO's validating webhook checks on a SecretStore or ClusterSecretStore (<c>secretstore_validator.go</c> and
/// the providers' <c>ValidateStore</c>, ESO 2.9): namespace regexes compile as Go RE2, the refresh interval parses
/// and is not negative, exactly one provider is set, and a SecretStore names no namespace but its own in the
/// references its provider holds. All errors are reported, not only the first.
/// </summary>
public static class SecretStoreRules
{
    public static IReadOnlyList<AdmissionError> Validate(SecretStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Validate(store.Spec, store.Metadata?.NamespaceProperty, clusterScoped: false);
    }

    public static IReadOnlyList<AdmissionError> Validate(ClusterSecretStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Validate(store.Spec, storeNamespace: null, clusterScoped: true);
    }

    /// <summary>Checks a store spec. <paramref name="storeNamespace"/> is the SecretStore's namespace when the
    /// manifest names one; without it the cross-namespace rule cannot be checked.</summary>
    public static IReadOnlyList<AdmissionError> Validate(SecretStoreSpec spec, string? storeNamespace, bool clusterScoped)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = new List<AdmissionError>();
        ValidateConditions(spec.Conditions, errors);
        ValidateRefreshInterval(spec.RefreshInterval, errors);
        var provider = JsonSerializer.SerializeToNode(spec.Provider, FerryJsonContext.Default.SecretStoreProvider) as JsonObject ?? [];
        var backends = provider.Count(property => property.Value is not null);
        if (backends != 1)
        {
            errors.Add(new("spec.provider", $"secret stores must only have exactly one backend specified, found {backends}"));
        }

        if (!clusterScoped && storeNamespace is not null)
        {
            ValidateReferenceNamespaces(provider, "spec.provider", storeNamespace, errors);
        }

        return errors;
    }

    private static void ValidateConditions(List<ClusterSecretStoreCondition>? conditions, List<AdmissionError> errors)
    {
        for (var c = 0; c < (conditions?.Count ?? 0); c++)
        {
            var regexes = conditions![c].NamespaceRegexes ?? [];
            for (var r = 0; r < regexes.Count; r++)
            {
                if (GoRegex.Validate(regexes[r]) is { } error)
                {
                    errors.Add(new($"spec.conditions[{c}].namespaceRegexes[{r}]", $"failed to compile {r}th namespace regex in {c}th condition: {error}"));
                }
            }
        }
    }

    private static void ValidateRefreshInterval(IntegerOrString? interval, List<AdmissionError> errors)
    {
        const string Field = "spec.refreshInterval";
        if (interval is not { } value)
        {
            return;
        }

        if (value.Integer is { } seconds)
        {
            if (seconds < 0)
            {
                errors.Add(new(Field, $"refreshInterval must not be negative, got {seconds}"));
            }

            return;
        }

        var text = value.Text ?? string.Empty;
        if (text.Length == 0 || long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return; // Empty means the controller default; a string of digits is legacy seconds.
        }

        if (!GoDuration.TryParse(text, out var duration, out var error))
        {
            errors.Add(new(Field, $"invalid refreshInterval: {error}"));
        }
        else if (duration < GoDuration.Zero)
        {
            errors.Add(new(Field, $"refreshInterval must not be negative, got {text}"));
        }
    }

    /// <summary>
    /// Every reference a provider holds (a Secret key, a service account, a CA bundle) is an object with a name and a
    /// namespace; in a SecretStore the namespace may only be the store's own. The crd provider's whitelist rules
    /// also have name and namespace, but there the namespace is a pattern ESO ignores for a SecretStore.
    /// </summary>
    private static void ValidateReferenceNamespaces(JsonNode? node, string path, string storeNamespace, List<AdmissionError> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["name"] is JsonValue && obj["namespace"] is JsonValue ns && ns.TryGetValue<string>(out var referenced) && referenced != storeNamespace)
                {
                    errors.Add(new($"{path}.namespace", "namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore"));
                }

                foreach (var (name, child) in obj)
                {
                    if (name != "whitelist")
                    {
                        ValidateReferenceNamespaces(child, $"{path}.{name}", storeNamespace, errors);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    ValidateReferenceNamespaces(array[i], $"{path}[{i}]", storeNamespace, errors);
                }

                break;
        }
    }
}
