namespace Ferry.Validation;

/// <summary>The counts a run reports: files read, documents seen, documents checked or skipped, problems.</summary>
internal sealed record ValidationSummary(int Files, int Documents, int Checked, int Skipped, int Problems);
