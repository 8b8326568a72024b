using Ferry.Crds;
using Ferry.Testing;

namespace Ferry.Tests.Crds;

/// <summary>deploy/crds is the generator's checked-in output; it must be exactly what the generator writes today.</summary>
public sealed class CrdDriftTests
{
    private static readonly string DeployCrds = Path.Combine(RepoPaths.RepoRoot, "deploy", "crds");

    [Fact]
    public void DeployCrds_MatchTheGenerator()
    {
        var expected = CrdFiles.Render(CrdGenerator.GenerateAll());
        var problems = new List<string>();
        foreach (var (fileName, yaml) in expected)
        {
            var path = Path.Combine(DeployCrds, fileName);
            if (!File.Exists(path))
            {
                problems.Add($"{fileName}: missing");
            }
            else if (File.ReadAllText(path) != yaml)
            {
                problems.Add($"{fileName}: differs from the generator's output");
            }
        }

        var generated = expected.Select(file => file.FileName).ToHashSet(StringComparer.Ordinal);
        var existing = Directory.Exists(DeployCrds) ? Directory.GetFiles(DeployCrds, "*.yaml").Select(Path.GetFileName) : [];
        problems.AddRange(existing.Where(name => !generated.Contains(name!)).Select(name => $"{name}: no longer generated; delete it"));

        Assert.True(
            problems.Count == 0,
            $"deploy/crds is out of date. From the repository root run:\n  {CrdFiles.RegenerateCommand}\n{string.Join('\n', problems)}");
    }
}
