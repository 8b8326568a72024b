using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig functions Ferry does not implement yet. They are registered so a template that mentions one parses as it
/// does in ESO; calling one fails with a clear error instead of rendering something different.
/// </summary>
internal static class UnsupportedFunctions
{
    private static readonly string[] Names =
    [
        "derivePassword",
    ];

    public static IEnumerable<GoFunction> All() =>
        Names.Select(name => new GoFunction(name, [], GoType.Any, _ => throw new TemplateFunctionException($"{name} is not supported by Ferry yet")));
}
