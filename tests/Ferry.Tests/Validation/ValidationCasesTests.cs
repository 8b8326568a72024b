using Ferry.Testing;

namespace Ferry.Tests.Validation;

/// <summary>
/// The malformed (and a few well-formed) manifests under Cases/: each file is validated on its own and the report
/// must equal the <c>.expected</c> file beside it, problem lines and summary; the exit status is 1 exactly when the
/// expected report lists a problem.
/// </summary>
public sealed class ValidationCasesTests
{
    private static readonly string CasesDirectory = Path.Combine(RepoPaths.RepoRoot, "tests", "Ferry.Tests", "Validation", "Cases");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(CasesDirectory)
            .Where(path => Path.GetExtension(path) is ".yaml" or ".json")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_Case_PrintsTheExpectedReport(string file)
    {
        var expected = await File.ReadAllTextAsync(Path.Combine(CasesDirectory, Path.ChangeExtension(file, ".expected")));

        var run = await ValidateRun.InvokeAsync("-f", Path.Combine(CasesDirectory, file));

        Assert.Equal(expected, run.Output.Replace(CasesDirectory + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
        Assert.Equal(expected.Contains(" 0 problems", StringComparison.Ordinal) ? 0 : 1, run.ExitCode);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Cases_CoverAtLeastFortyRejectedManifests()
    {
        var rejected = Directory.EnumerateFiles(CasesDirectory, "*.expected")
            .Count(path => !File.ReadAllText(path).Contains(" 0 problems", StringComparison.Ordinal));

        Assert.True(rejected >= 40, $"only {rejected} rejected cases");
    }
}
