using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions;

/// <summary>
/// A template function failed (Go: it returned a non-nil error or panicked); execution stops with
/// "error calling NAME: message". Where Go's text quotes a data value, the function passes a Go format and the
/// values separately, so the executor can show or redact them according to its settings.
/// </summary>
public sealed class TemplateFunctionException : Exception
{
    public TemplateFunctionException(string message)
        : base(message)
    {
        Format = message.Replace("%", "%%", StringComparison.Ordinal);
        Values = [];
    }

    private TemplateFunctionException(string format, object?[] values)
        : base(Render(format, values, redact: true))
    {
        Format = format;
        Values = values;
    }

    /// <summary>The message as a Go format whose verbs take <see cref="Values"/>.</summary>
    public string Format { get; }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>A failure whose Go text quotes data values (formatted with Go's fmt verbs).</summary>
    public static TemplateFunctionException WithValues(string format, params object?[] values) => new(format, values);

    public string Render(bool redact) => Render(Format, Values, redact);

    private static string Render(string format, IReadOnlyList<object?> values, bool redact)
    {
        var args = values.Select(v => redact ? GoString.FromUtf8("<redacted>") : v).ToArray();
        return GoFormatter.Sprintf(GoString.FromUtf8(format), args).ToUtf8String();
    }
}
