namespace Ferry.Providers;

/// <summary>The result of a static check of a store spec (ESO's ValidateStore: warnings plus the first error).</summary>
public sealed record StoreValidation(string? Error, IReadOnlyList<string> Warnings)
{
    public static StoreValidation Valid { get; } = new(null, []);

    public bool IsValid => Error is null;

    public static StoreValidation Invalid(string error) => new(error, []);
}
