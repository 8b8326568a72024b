using Ferry.Dev;

namespace Ferry.Tests.Dev;

public sealed class ManifestSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-dev-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_DirectoryWithStreamsAndLists_ReturnsEveryObject()
    {
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: one\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: two\n");
        File.WriteAllText(Path.Combine(_folder, "b.yml"), "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: three\n");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a manifest");

        var (objects, problems) = ManifestSource.Read([_folder]);

        Assert.Empty(problems);
        Assert.Equal(["one", "two", "three"], objects.Select(o => o.Name));
        Assert.Equal("ConfigMap three", objects[2].Display);
    }

    [Fact]
    public void Read_BrokenYamlAndMissingName_ReportsBothAndKeepsTheRest()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), "apiVersion: v1\nkind: [unclosed\n");
        File.WriteAllText(Path.Combine(_folder, "nameless.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: fine\n");

        var (objects, problems) = ManifestSource.Read([_folder]);

        Assert.Equal(["fine"], objects.Select(o => o.Name));
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("broken.yaml: invalid YAML", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("needs apiVersion, kind and metadata.name", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingPath_IsAProblem()
    {
        var (objects, problems) = ManifestSource.Read([Path.Combine(_folder, "absent")]);

        Assert.Empty(objects);
        Assert.Contains("no such file or directory", Assert.Single(problems), StringComparison.Ordinal);
    }
}
