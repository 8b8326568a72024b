namespace Ferry.Templating.Functions;

/// <summary>
/// A named set of template functions (Go's FuncMap). Go's builtins are always available and are looked up after
/// the library, so a library function of the same name replaces a builtin (as sprig's slice does in ESO).
/// </summary>
public sealed class FunctionLibrary
{
    private readonly Dictionary<string, GoFunction> _functions;

    public FunctionLibrary(string name, IEnumerable<GoFunction> functions)
    {
        Name = name;
        _functions = [];
        foreach (var function in functions)
        {
            _functions[function.Name] = function;
        }
    }

    /// <summary>Identifies the library in parse-cache keys.</summary>
    public string Name { get; }

    public IReadOnlyCollection<string> Names => _functions.Keys;

    /// <summary>Only Go's builtins.</summary>
    public static FunctionLibrary None { get; } = new("none", []);

    public bool TryGet(string name, out GoFunction function) => _functions.TryGetValue(name, out function!);

    /// <summary>Resolves a name as Go does: library first, then builtins.</summary>
    public GoFunction? Resolve(string name, out bool isBuiltin)
    {
        if (_functions.TryGetValue(name, out var function))
        {
            isBuiltin = false;
            return function;
        }

        isBuiltin = Builtins.Table.TryGetValue(name, out function);
        return function;
    }

    public bool Contains(string name) => _functions.ContainsKey(name) || Builtins.Table.ContainsKey(name);
}
