namespace Ferry.EndToEnd.Tests;

/// <summary>
/// Finds the built <c>ferry</c> executable: <c>FERRY_EXECUTABLE</c> when set, else src/Ferry's output of the same
/// configuration this test assembly was built in (read from the test's own bin/&lt;configuration&gt;/&lt;tfm&gt; path),
/// else any configuration that has one. A framework-dependent apphost or, failing that, <c>dotnet ferry.dll</c>.
/// </summary>
internal static class FerryExecutable
{
    private static readonly Lazy<(string FileName, string[] Prefix)> Found = new(Find);

    public static string FileName => Found.Value.FileName;

    /// <summary>Arguments that come before ferry's own (the dll when run through <c>dotnet</c>).</summary>
    public static IReadOnlyList<string> Prefix => Found.Value.Prefix;

    private static (string, string[]) Find()
    {
        if (Environment.GetEnvironmentVariable("FERRY_EXECUTABLE") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? (configured, [])
                : throw new FileNotFoundException($"FERRY_EXECUTABLE points at {configured}, which does not exist.");
        }

        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        var bin = Path.Combine(Testing.RepoPaths.RepoRoot, "src", "Ferry", "bin");
        var candidates = new[] { configuration }
            .Concat(Directory.Exists(bin) ? Directory.EnumerateDirectories(bin).Select(Path.GetFileName).OfType<string>() : [])
            .Distinct(StringComparer.Ordinal)
            .Select(config => Path.Combine(bin, config, framework));
        foreach (var folder in candidates)
        {
            var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "ferry.exe" : "ferry");
            if (File.Exists(apphost))
            {
                return (apphost, []);
            }

            var dll = Path.Combine(folder, "ferry.dll");
            if (File.Exists(dll))
            {
                return ("dotnet", [dll]);
            }
        }

        throw new FileNotFoundException(
            $"No built ferry under {bin} (configuration {configuration}, {framework}); build src/Ferry or set FERRY_EXECUTABLE.");
    }
}
