using System.Text;
using Ferry.Commands.Templates;

namespace Ferry.Tests.Commands;

public sealed class TemplateExecTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-template-exec-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int ExitCode, byte[] Stdout, string Stderr) Run(string template, string json, string? left = null, string? right = null)
    {
        var templatePath = Path.Combine(_folder, "t.tpl");
        var dataPath = Path.Combine(_folder, "d.json");
        File.WriteAllText(templatePath, template);
        File.WriteAllText(dataPath, json);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exitCode = TemplateExec.Run(templatePath, dataPath, left, right, stdout, stderr);
        return (exitCode, stdout.ToArray(), stderr.ToString());
    }

    [Fact]
    public void Run_DockerConfigTemplate_PrintsOutputAndExitsZero()
    {
        const string template = """{"auths":{"{{ .registry }}":{"auth":"{{ printf "%s:%s" .user .password | b64enc }}"}}}""";
        var (exitCode, stdout, stderr) = Run(template, """{"registry":"r.example.com","user":"u","password":"p"}""");
        Assert.Equal(0, exitCode);
        Assert.Equal("""{"auths":{"r.example.com":{"auth":"dTpw"}}}""", Encoding.UTF8.GetString(stdout));
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Run_JsonNumbers_IntegralAreInt64AndOthersFloat64()
    {
        var (_, stdout, _) = Run("{{ printf \"%T %T %v\" .i .f .big }}", """{"i":5432,"f":1.5,"big":1e6}""");
        Assert.Equal("int64 float64 1e+06", Encoding.UTF8.GetString(stdout));
    }

    [Fact]
    public void Run_MissingKey_PrintsGoErrorAndExitsOne()
    {
        var (exitCode, stdout, stderr) = Run("{{ .nope }}", "{}");
        Assert.Equal(1, exitCode);
        Assert.Empty(stdout);
        Assert.Equal("error: template: t.tpl:1:3: executing \"t.tpl\" at <.nope>: map has no entry for key \"nope\"" + Environment.NewLine, stderr);
    }

    [Fact]
    public void Run_ParseError_PrintsGoErrorAndExitsOne()
    {
        var (exitCode, _, stderr) = Run("{{ bogus }}", "{}");
        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: template: t.tpl:1: function \"bogus\" not defined", stderr);
    }

    [Fact]
    public void Run_CustomDelimiters_AreHonoured()
    {
        var (exitCode, stdout, _) = Run("<< .a >> {{ .a }}", """{"a":"x"}""", "<<", ">>");
        Assert.Equal(0, exitCode);
        Assert.Equal("x {{ .a }}", Encoding.UTF8.GetString(stdout));
    }

    [Fact]
    public void Run_BinaryOutput_IsWrittenUnchanged()
    {
        var (_, stdout, _) = Run("{{ .v | b64dec }}", """{"v":"AP+A"}""");
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x80 }, stdout);
    }

    [Fact]
    public void Run_MissingDataFile_ReportsErrorAndExitsOne()
    {
        var templatePath = Path.Combine(_folder, "t.tpl");
        File.WriteAllText(templatePath, "x");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exitCode = TemplateExec.Run(templatePath, Path.Combine(_folder, "missing.json"), null, null, stdout, stderr);
        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", stderr.ToString());
    }
}
