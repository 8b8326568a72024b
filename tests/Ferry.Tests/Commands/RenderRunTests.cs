using System.Text;
using Ferry.Rendering;

namespace Ferry.Tests.Commands;

public sealed class RenderRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private (int ExitCode, string Stdout, string Stderr) Run(string externalSecret, string data, params string[] templateFrom)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var paths = templateFrom.Select((content, i) => File($"tf{i}.yaml", content)).ToList();
        var exitCode = RenderRun.Run(File("es.yaml", externalSecret), File("data.yaml", data), paths, null, null, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Run_DockerConfigTemplate_PrintsTheSecret()
    {
        const string es = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: registry
              namespace: apps
            spec:
              target:
                name: registry-creds
                template:
                  type: kubernetes.io/dockerconfigjson
                  metadata:
                    labels:
                      team: "{{ .team }}"
                  data:
                    .dockerconfigjson: '{"auths":{"r.io":{"auth":"{{ printf "%s:%s" .user .pass | b64enc }}"}}}'
            """;
        var (exitCode, stdout, stderr) = Run(es, "user: u\npass: p\nteam: blue\n");
        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        var expected = $"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: "registry-creds"
              namespace: "apps"
              labels:
                "team": "blue"
            type: "kubernetes.io/dockerconfigjson"
            data:
              ".dockerconfigjson": "{B64("{\"auths\":{\"r.io\":{\"auth\":\"dTpw\"}}}")}"

            """;
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void Run_TemplateFromConfigMap_ReadsTheManifest()
    {
        const string es = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: db}
            spec:
              target:
                template:
                  templateFrom:
                  - configMap:
                      name: tpl
                      items:
                      - key: url
            """;
        const string configMap = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: tpl}
            data:
              url: "postgres://{{ .user }}@db:5432"
            """;
        var (exitCode, stdout, _) = Run(es, "user: app", configMap);
        Assert.Equal(0, exitCode);
        Assert.Contains($"\"url\": \"{B64("postgres://app@db:5432")}\"", stdout);
        Assert.Contains("name: \"db\"", stdout);
    }

    [Fact]
    public void Run_NoTemplate_CopiesDataAndTheExternalSecretsMetadata()
    {
        const string es = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: plain
              annotations: {owner: me}
            spec: {}
            """;
        var (exitCode, stdout, _) = Run(es, "{\"k\": \"v\", \"n\": 5432}");
        Assert.Equal(0, exitCode);
        Assert.Contains("\"owner\": \"me\"", stdout);
        Assert.Contains($"\"k\": \"{B64("v")}\"", stdout);
        Assert.Contains($"\"n\": \"{B64("5432")}\"", stdout);
        Assert.Contains("type: \"Opaque\"", stdout);
    }

    [Fact]
    public void Run_TemplateError_NamesTheKeyNotTheValue()
    {
        const string es = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: bad}
            spec:
              target:
                template:
                  data:
                    conn: "{{ range .password }}{{ end }}"
            """;
        var (exitCode, stdout, stderr) = Run(es, "password: hunter2");
        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: unable to execute template at key conn:", stderr);
        Assert.DoesNotContain("hunter2", stderr);
    }

    [Fact]
    public void Run_EngineVersionV1_IsRejectedClearly()
    {
        const string es = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: old}
            spec:
              target:
                template:
                  engineVersion: v1
                  data: {a: b}
            """;
        var (exitCode, _, stderr) = Run(es, "{}");
        Assert.Equal(1, exitCode);
        Assert.Contains("engineVersion v1 is not supported", stderr);
    }

    [Fact]
    public void Run_NoExternalSecretInFile_Fails()
    {
        var (exitCode, _, stderr) = Run("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n", "{}");
        Assert.Equal(1, exitCode);
        Assert.Contains("no ExternalSecret found", stderr);
    }
}
