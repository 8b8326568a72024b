using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>
/// examples/README.md promises that <c>ferry validate -f examples/</c> passes: every manifest a newcomer copies is
/// valid, and every Secret committed there says why it may be.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExamplesValidateTests
{
    [Fact]
    public async Task Validate_Examples_ReportsNoProblem()
    {
        await using var ferry = FerryProcess.Start("validate", "-f", Path.Combine(RepoPaths.RepoRoot, "examples"));
        // The summary line, not only the exit: stdout is read asynchronously and may trail the exit.
        await Eventually.True(
            () => ferry.HasExited && ferry.Output.Any(line => line.StartsWith("summary:", StringComparison.Ordinal)),
            "ferry validate exited and printed its summary",
            TimeSpan.FromSeconds(60));

        Assert.True(ferry.ExitCode == 0, ferry.Transcript);
        Assert.Contains(ferry.Output, line => line.StartsWith("summary:", StringComparison.Ordinal) && line.EndsWith(" 0 problems", StringComparison.Ordinal));
    }
}
