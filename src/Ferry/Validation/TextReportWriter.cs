using System.Globalization;

namespace Ferry.Validation;

/// <summary>
/// The human format: one line per problem, <c>file:document kind namespace/name field: message</c> (a file-level
/// problem is <c>file[:line:column]: message</c>), then one summary line.
/// </summary>
internal static class TextReportWriter
{
    public static void Write(ValidationReport report, TextWriter output)
    {
        foreach (var problem in report.Problems)
        {
            output.WriteLine(Line(problem));
        }

        var s = report.Summary;
        output.WriteLine($"summary: {Count(s.Files, "file")}, {Count(s.Documents, "document")}, {s.Checked} checked, {s.Skipped} skipped, {Count(s.Problems, "problem")}");
    }

    public static string Line(ValidationProblem problem)
    {
        var location = problem switch
        {
            { Document: { } document } => $"{problem.File}:{document}",
            { Line: { } line, Column: { } column } => $"{problem.File}:{line}:{column}",
            _ => problem.File,
        };
        var subject = problem.Kind is null ? string.Empty : $" {problem.Kind} {ObjectName(problem)}";
        var field = problem.Field.Length == 0 ? string.Empty : $" {problem.Field}";
        return $"{location}{subject}{field}: {problem.Message}";
    }

    private static string ObjectName(ValidationProblem problem)
    {
        var name = problem.Name ?? "-";
        return problem.Namespace is null ? name : $"{problem.Namespace}/{name}";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
