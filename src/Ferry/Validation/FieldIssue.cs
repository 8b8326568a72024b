namespace Ferry.Validation;

/// <summary>A problem in one field of an object: its path (<c>spec.target.creationPolicy</c>) and why.</summary>
internal sealed record FieldIssue(string Field, string Message);
