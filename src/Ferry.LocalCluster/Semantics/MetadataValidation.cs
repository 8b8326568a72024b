using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics;

/// <summary>apimachinery's ObjectMeta validation: names, labels, annotations, owner references, finalizers.</summary>
internal static partial class MetadataValidation
{
    private const string SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private const string LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    private const string QualifiedNameMessage =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    private const string LabelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public static void Validate(JsonObject value, NameRule rule, List<FieldError> errors)
    {
        var metadata = JsonFields.Metadata(value);
        var name = JsonFields.String(metadata, "name") ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(FieldError.Required("metadata.name", "name or generateName is required"));
        }
        else
        {
            foreach (var problem in NameProblems(name, rule))
            {
                errors.Add(FieldError.Invalid("metadata.name", name, problem));
            }
        }

        ValidateLabels(JsonFields.Object(metadata, "labels"), errors);
        ValidateAnnotations(JsonFields.Object(metadata, "annotations"), errors);
        ValidateOwnerReferences(JsonFields.Array(metadata, "ownerReferences"), errors);
        foreach (var finalizer in JsonFields.Finalizers(value))
        {
            foreach (var problem in QualifiedNameProblems(finalizer))
            {
                errors.Add(FieldError.Invalid("metadata.finalizers", finalizer, problem));
            }
        }
    }

    public static IEnumerable<string> NameProblems(string name, NameRule rule)
    {
        switch (rule)
        {
            case NameRule.Label:
                if (name.Length > 63)
                {
                    yield return "must be no more than 63 characters";
                }

                if (!DnsLabel().IsMatch(name))
                {
                    yield return LabelMessage;
                }

                break;
            case NameRule.Subdomain:
                if (name.Length > 253)
                {
                    yield return "must be no more than 253 characters";
                }

                if (!DnsSubdomain().IsMatch(name))
                {
                    yield return SubdomainMessage;
                }

                break;
            default:
                if (name is "." or "..")
                {
                    yield return $"may not be '{name}'";
                }
                else if (name.Contains('/', StringComparison.Ordinal) || name.Contains('%', StringComparison.Ordinal))
                {
                    yield return $"may not contain '{(name.Contains('/', StringComparison.Ordinal) ? "/" : "%")}'";
                }

                break;
        }
    }

    public static IEnumerable<string> QualifiedNameProblems(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var namePart = slash < 0 ? key : key[(slash + 1)..];
        if (slash >= 0)
        {
            var prefix = key[..slash];
            if (prefix.Length == 0)
            {
                yield return "prefix part must be non-empty";
            }
            else if (!DnsSubdomain().IsMatch(prefix) || prefix.Length > 253)
            {
                yield return "prefix part " + SubdomainMessage;
            }
        }

        if (namePart.Length == 0)
        {
            yield return "name part must be non-empty";
        }
        else if (namePart.Length > 63)
        {
            yield return "name part must be no more than 63 characters";
        }
        else if (!QualifiedName().IsMatch(namePart))
        {
            yield return QualifiedNameMessage;
        }
    }

    private static void ValidateLabels(JsonObject? labels, List<FieldError> errors)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var (key, node) in labels)
        {
            foreach (var problem in QualifiedNameProblems(key))
            {
                errors.Add(FieldError.Invalid("metadata.labels", key, problem));
            }

            var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (text is null)
            {
                errors.Add(FieldError.Invalid($"metadata.labels[{key}]", null, "must be a string"));
            }
            else if (text.Length > 63)
            {
                errors.Add(FieldError.Invalid("metadata.labels", text, "must be no more than 63 characters"));
            }
            else if (!LabelValue().IsMatch(text))
            {
                errors.Add(FieldError.Invalid("metadata.labels", text, LabelValueMessage));
            }
        }
    }

    private static void ValidateAnnotations(JsonObject? annotations, List<FieldError> errors)
    {
        if (annotations is null)
        {
            return;
        }

        var total = 0;
        foreach (var (key, node) in annotations)
        {
            foreach (var problem in QualifiedNameProblems(key))
            {
                errors.Add(FieldError.Invalid("metadata.annotations", key, problem));
            }

            total += key.Length + (node is JsonValue v && v.TryGetValue<string>(out var s) ? Encoding.UTF8.GetByteCount(s) : 0);
        }

        if (total > 256 * 1024)
        {
            errors.Add(FieldError.TooLong("metadata.annotations", "may not be more than 262144 bytes"));
        }
    }

    private static void ValidateOwnerReferences(JsonArray? references, List<FieldError> errors)
    {
        if (references is null)
        {
            return;
        }

        var controllers = 0;
        foreach (var reference in references)
        {
            if (string.IsNullOrEmpty(JsonFields.String(reference, "apiVersion")))
            {
                errors.Add(FieldError.Invalid("metadata.ownerReferences.apiVersion", string.Empty, "version must not be empty"));
            }

            if (string.IsNullOrEmpty(JsonFields.String(reference, "kind")))
            {
                errors.Add(FieldError.Invalid("metadata.ownerReferences.kind", string.Empty, "kind must not be empty"));
            }

            if (string.IsNullOrEmpty(JsonFields.String(reference, "name")))
            {
                errors.Add(FieldError.Invalid("metadata.ownerReferences.name", string.Empty, "name must not be empty"));
            }

            if (string.IsNullOrEmpty(JsonFields.String(reference, "uid")))
            {
                errors.Add(FieldError.Invalid("metadata.ownerReferences.uid", string.Empty, "uid must not be empty"));
            }

            if (JsonFields.Bool(reference, "controller"))
            {
                controllers++;
            }
        }

        if (controllers > 1)
        {
            errors.Add(FieldError.Invalid("metadata.ownerReferences", null, "Only one reference can have Controller set to true"));
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
