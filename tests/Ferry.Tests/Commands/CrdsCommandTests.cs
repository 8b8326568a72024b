using System.CommandLine;
using Ferry.Commands;
using Ferry.Crds;
using Ferry.Manifests;

namespace Ferry.Tests.Commands;

public sealed class CrdsCommandTests
{
    [Fact]
    public async Task Invoke_NoOptions_PrintsEveryCrdAsOneYamlStream()
    {
        var (exitCode, output) = await RunAsync("crds");

        Assert.Equal(0, exitCode);
        var kinds = YamlDocumentReader.Read(output).Select(d => d.Content!["spec"]!["names"]!["kind"]!.GetValue<string>());
        var expected = CrdGenerator.GenerateAll().Select(crd => crd["spec"]!["names"]!["kind"]!.GetValue<string>());
        Assert.Equal(expected, kinds);
    }

    [Fact]
    public async Task Invoke_OutputDir_WritesOneFilePerCrdNamedGroupUnderscorePlural()
    {
        var directory = Directory.CreateTempSubdirectory("ferry-crds-");
        try
        {
            var (exitCode, _) = await RunAsync("crds", "--output-dir", Path.Combine(directory.FullName, "out"));

            Assert.Equal(0, exitCode);
            var written = Directory.GetFiles(Path.Combine(directory.FullName, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(CrdFiles.Render(CrdGenerator.GenerateAll()).Select(f => f.FileName), written);
            foreach (var (fileName, yaml) in CrdFiles.Render(CrdGenerator.GenerateAll()))
            {
                Assert.Equal(yaml, await File.ReadAllTextAsync(Path.Combine(directory.FullName, "out", fileName)));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var root = new RootCommand { CrdsCommand.Create() };
        using var output = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output });
        return (exitCode, output.ToString());
    }
}
