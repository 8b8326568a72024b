namespace Ferry.Templating.Execution;

/// <summary>A data value quoted in a Go error text; replaced by &lt;redacted&gt; unless errors may show values.</summary>
internal sealed record SensitiveValue(object? Value)
{
    public override string ToString() => "<redacted>";
}
