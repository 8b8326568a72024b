using Ferry.Templating.Values;

namespace Ferry.Templating.Execution;

/// <summary>
/// A value as the executor holds it, remembering whether it sits in an interface{} (an element of a
/// map[string]interface {} or []interface {}), because Go's error texts and nil rules depend on that.
/// <see cref="Missing"/> is Go's invalid value; a null inside an interface is an interface holding nil.
/// </summary>
internal readonly record struct Slot(object? Value, bool IsInterface)
{
    public static Slot Invalid { get; } = new(Missing.Value, false);

    public bool IsInvalid => Value is Missing || (Value is null && !IsInterface);

    public static Slot Of(object? value) => value is null ? Invalid : new Slot(value, false);

    /// <summary>The static type Go would print: interface {} for values inside an interface.</summary>
    public string TypeName => IsInterface ? "interface {}" : GoValues.TypeName(Value);

    /// <summary>Go's "lovely" pipeline step: an interface{} result becomes the value inside it (nil becomes invalid).</summary>
    public Slot Unwrapped => IsInterface ? Of(Value) : this;

    public override string ToString() => IsInvalid ? "<invalid>" : TypeName;
}
