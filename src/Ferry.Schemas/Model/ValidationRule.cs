using Ferry.Schemas.Cel;

namespace Ferry.Schemas.Model;

/// <summary>One compiled x-kubernetes-validations entry.</summary>
internal sealed class ValidationRule
{
    public required string Rule { get; init; }

    public required CelProgram Program { get; init; }

    public string? Message { get; init; }

    public CelProgram? MessageExpression { get; init; }

    /// <summary>FieldValueInvalid, FieldValueForbidden, FieldValueRequired or FieldValueDuplicate; null for the default.</summary>
    public string? Reason { get; init; }

    /// <summary>The fieldPath split into child names, appended to the error path.</summary>
    public IReadOnlyList<string> FieldPath { get; init; } = [];

    public bool OptionalOldSelf { get; init; }

    /// <summary>Whether the rule refers to oldSelf (a transition rule).</summary>
    public bool IsTransition { get; init; }
}
