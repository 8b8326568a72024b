using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Selectors;

/// <summary>The <c>fieldSelector</c> query parameter: <c>field=value</c>, <c>field==value</c>, <c>field!=value</c>, comma-joined.</summary>
internal sealed class FieldSelector
{
    private readonly List<(string Field, bool Equal, string Value)> _terms;

    private FieldSelector(List<(string Field, bool Equal, string Value)> terms) => _terms = terms;

    public static FieldSelector Everything { get; } = new([]);

    public bool IsEmpty => _terms.Count == 0;

    public IEnumerable<string> Fields => _terms.Select(t => t.Field);

    /// <summary>The value a term requires of a field, when it is an equality term (used to narrow by name).</summary>
    public string? RequiredValue(string field) =>
        _terms.FirstOrDefault(t => t.Equal && string.Equals(t.Field, field, StringComparison.Ordinal)).Value;

    public bool Matches(Func<string, string?> values)
    {
        foreach (var (field, equal, value) in _terms)
        {
            var actual = values(field) ?? string.Empty;
            if (string.Equals(actual, value, StringComparison.Ordinal) != equal)
            {
                return false;
            }
        }

        return true;
    }

    public static FieldSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var terms = new List<(string, bool, string)>();
        foreach (var part in text.Split(','))
        {
            var term = part.Trim();
            int index;
            if ((index = term.IndexOf("!=", StringComparison.Ordinal)) > 0)
            {
                terms.Add((term[..index], false, term[(index + 2)..]));
            }
            else if ((index = term.IndexOf("==", StringComparison.Ordinal)) > 0)
            {
                terms.Add((term[..index], true, term[(index + 2)..]));
            }
            else if ((index = term.IndexOf('=', StringComparison.Ordinal)) > 0)
            {
                terms.Add((term[..index], true, term[(index + 1)..]));
            }
            else
            {
                throw ApiErrors.BadRequest($"invalid selector: '{text}'; can't understand '{term}'");
            }
        }

        return new FieldSelector(terms);
    }
}
