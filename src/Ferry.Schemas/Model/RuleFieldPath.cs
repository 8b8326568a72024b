using Ferry.Schemas.Values;

namespace Ferry.Schemas.Model;

/// <summary>
/// Parses a rule's fieldPath (<c>.spec.name</c>, <c>['key.with.dots']</c>) into child names and checks that each
/// names a property of the schema, as apiextensions-apiserver does; list indexes are not allowed.
/// </summary>
internal static class RuleFieldPath
{
    public static IReadOnlyList<string> Parse(SchemaNode node, string fieldPath, string path)
    {
        var names = new List<string>();
        var current = node;
        var i = 0;
        while (i < fieldPath.Length)
        {
            string name;
            if (fieldPath[i] == '.')
            {
                var end = i + 1;
                while (end < fieldPath.Length && fieldPath[end] is not ('.' or '['))
                {
                    end++;
                }

                name = fieldPath[(i + 1)..end];
                i = end;
            }
            else if (fieldPath[i] == '[' && i + 1 < fieldPath.Length && fieldPath[i + 1] == '\'')
            {
                var end = fieldPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Invalid(fieldPath, path, "unclosed bracket");
                }

                name = fieldPath[(i + 2)..end];
                i = end + 2;
            }
            else
            {
                throw Invalid(fieldPath, path, "expected [ or . but got: " + fieldPath[i]);
            }

            if (name.Length == 0)
            {
                throw Invalid(fieldPath, path, "empty field name");
            }

            var next = current?.PropertyOrAdditional(name);
            if (next is null && current is not { PreserveUnknownFields: true })
            {
                throw Invalid(fieldPath, path, $"does not refer to a valid field");
            }

            names.Add(name);
            current = next;
        }

        return names;
    }

    private static SchemaFormatException Invalid(string fieldPath, string path, string detail) =>
        new(path, $"Invalid value: {GoFormat.Quote(fieldPath)}: {detail}");
}
