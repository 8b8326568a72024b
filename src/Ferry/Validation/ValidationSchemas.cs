using Ferry.Crds;

namespace Ferry.Validation;

/// <summary>Where <c>ferry validate</c> gets its schema step: the CRDs Ferry generates from its API types.</summary>
internal static class ValidationSchemas
{
    private static readonly Lazy<ISchemaCheck> Generated = new(() => new CrdSchemaCheck(CrdGenerator.GenerateAll()));

    public static ISchemaCheck Create() => Generated.Value;
}
