namespace Ferry.Validation;

/// <summary>
/// Where <c>ferry validate</c> gets its schema step. The CRD schemas come from the generated CRDs (src/Ferry/Crds)
/// through Ferry.Schemas; until both are wired in, no schema is known and only the admission rules run.
/// </summary>
internal static class ValidationSchemas
{
    public static ISchemaCheck Create() => NoSchemaCheck.Instance;
}
