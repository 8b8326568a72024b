using Ferry.Templating.Values;

namespace Ferry.Templating.Functions;

/// <summary>
/// A function callable from templates, with Go's signature: typed fixed parameters, an optional variadic element
/// type, and one result. A parameter typed <see cref="GoType.ReflectValue"/> receives the raw executor value
/// (the builtins use that to see nil and invalid values as Go's reflect-based builtins do).
/// </summary>
public sealed class GoFunction
{
    public GoFunction(string name, GoType[] parameters, GoType? variadic, Func<object?[], object?> body)
    {
        Name = name;
        Parameters = parameters;
        Variadic = variadic;
        Body = body;
    }

    public string Name { get; }

    public IReadOnlyList<GoType> Parameters { get; }

    /// <summary>The element type of the trailing variadic parameter, or null when there is none.</summary>
    public GoType? Variadic { get; }

    public Func<object?[], object?> Body { get; }

    public bool IsVariadic => Variadic is not null;

    /// <summary>Go's NumIn: the fixed parameters plus the variadic slice.</summary>
    public int NumIn => Parameters.Count + (IsVariadic ? 1 : 0);

    public override string ToString() => "func " + Name;
}
