using Ferry.Templating.Functions;

namespace Ferry.Templating.Values;

/// <summary>
/// A value of a named Go type that templates use through its methods or its String form (time.Time, semver
/// versions). A field name on it calls the method of that name, as in Go, where methods win over fields.
/// </summary>
public abstract class GoObject
{
    public abstract GoType Type { get; }

    /// <summary>The text of a Stringer or error, if the Go type has a String or Error method.</summary>
    public virtual string? StringForm => null;

    /// <summary>The method with this name, or null.</summary>
    public virtual GoFunction? Method(string name) => null;

    /// <summary>Go's default (%v) form for a type without a String method.</summary>
    public virtual string DefaultFormat => "{" + Type.Name + "}";
}
