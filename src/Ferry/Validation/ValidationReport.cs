namespace Ferry.Validation;

/// <summary>The outcome of validating a set of files.</summary>
internal sealed record ValidationReport(IReadOnlyList<ValidationProblem> Problems, ValidationSummary Summary)
{
    public bool HasProblems => Problems.Count > 0;
}
