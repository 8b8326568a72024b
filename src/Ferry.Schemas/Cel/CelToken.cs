namespace Ferry.Schemas.Cel;

internal readonly record struct CelToken(CelTokenKind Kind, string Text, int Position, object? Value);
