using System.Globalization;
using System.Text.Json.Serialization;

namespace Ferry.Api.Schema;

/// <summary>
/// An x-kubernetes-int-or-string value that remembers which of the two it was, so <c>10</c> and <c>"10"</c>
/// each round-trip as written (KubernetesClient's <c>IntOrString</c> writes both back as a number).
/// </summary>
[JsonConverter(typeof(IntegerOrStringJsonConverter))]
public readonly record struct IntegerOrString
{
    private IntegerOrString(long? integer, string? text)
    {
        Integer = integer;
        Text = text;
    }

    /// <summary>The integer, when the value was written as a JSON number.</summary>
    public long? Integer { get; }

    /// <summary>The string, when the value was written as a JSON string.</summary>
    public string? Text { get; }

    public bool IsInteger => Integer.HasValue;

    public static IntegerOrString FromInteger(long value) => new(value, null);

    public static IntegerOrString FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(null, value);
    }

    public override string ToString() => Integer?.ToString(CultureInfo.InvariantCulture) ?? Text ?? string.Empty;
}
