using System.Text.Json;

namespace Ferry.Templating.Tests.Compatibility;

/// <summary>One corpus case with the output or error Go produced for it (or Go 1.26's, where that differs).</summary>
public sealed record CompatibilityCase(
    string Name,
    string Template,
    JsonElement? Data,
    string DataKind,
    string MissingKey,
    string Left,
    string Right,
    string TemplateName,
    byte[]? ExpectedOutput,
    string? ExpectedError)
{
    public override string ToString() => Name;
}
