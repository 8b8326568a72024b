namespace Ferry.Manifests;

/// <summary>The input is not YAML, or uses YAML that has no JSON form. Carries the position, never the content.</summary>
public sealed class YamlFormatException(string message, int line, int column, Exception? inner = null)
    : Exception($"line {line}, column {column}: {message}", inner)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
