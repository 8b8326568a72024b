using System.Text;
using Ferry.Templating.Eso;

namespace Ferry.Templating.Tests.Eso;

public sealed class SecretTemplateRendererTests
{
    private readonly SecretTemplateRenderer _renderer = new(new TemplateCache());

    private sealed class Sources : ITemplateSourceReader
    {
        public Dictionary<string, Dictionary<string, string>> ConfigMaps { get; } = [];

        public Dictionary<string, Dictionary<string, byte[]>> Secrets { get; } = [];

        public IReadOnlyDictionary<string, string>? ReadConfigMap(string name) => ConfigMaps.GetValueOrDefault(name);

        public IReadOnlyDictionary<string, byte[]>? ReadSecret(string name) => Secrets.GetValueOrDefault(name);
    }

    private static Dictionary<string, byte[]> Provider(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => Encoding.UTF8.GetBytes(e.Value));

    private static string Text(RenderedSecret secret, string key) => Encoding.UTF8.GetString(secret.Data[key]);

    [Fact]
    public void Render_DataTemplates_ReplaceProviderData()
    {
        var template = new SecretTemplate
        {
            Type = "kubernetes.io/dockerconfigjson",
            Data = new Dictionary<string, string>
            {
                [".dockerconfigjson"] = """{"auths":{"{{ .host }}":{"auth":"{{ printf "%s:%s" .user .pass | b64enc }}"}}}""",
            },
        };
        var secret = _renderer.Render(template, Provider(("host", "r.io"), ("user", "u"), ("pass", "p")), new Sources());
        Assert.Equal("kubernetes.io/dockerconfigjson", secret.Type);
        Assert.Equal(""" {"auths":{"r.io":{"auth":"dTpw"}}}""".Trim(), Text(secret, ".dockerconfigjson"));
        Assert.Single(secret.Data);
    }

    [Fact]
    public void Render_MergePolicyMerge_KeepsProviderDataBesideRenderedKeys()
    {
        var template = new SecretTemplate
        {
            MergePolicy = MergePolicy.Merge,
            Data = new Dictionary<string, string> { ["url"] = "postgres://{{ .user }}@db" },
        };
        var secret = _renderer.Render(template, Provider(("user", "app")), new Sources());
        Assert.Equal(["url", "user"], secret.Data.Keys);
        Assert.Equal("postgres://app@db", Text(secret, "url"));
    }

    [Fact]
    public void Render_MetadataOnlyTemplate_CopiesProviderDataAndRendersMetadata()
    {
        var template = new SecretTemplate
        {
            Labels = new Dictionary<string, string> { ["team"] = "{{ .team | upper }}" },
            Annotations = new Dictionary<string, string> { ["static"] = "x" },
        };
        var secret = _renderer.Render(template, Provider(("team", "blue")), new Sources());
        Assert.Equal("blue", Text(secret, "team"));
        Assert.Equal("BLUE", secret.Labels["team"]);
        Assert.Equal("x", secret.Annotations["static"]);
    }

    [Fact]
    public void Render_TemplateFromInOrder_DataWinsOverTemplateFrom()
    {
        var sources = new Sources();
        sources.ConfigMaps["tpl"] = new() { ["config.yaml"] = "user: {{ .user }}", ["kv"] = "a: \"{{ .user }}-a\"\nb: plain" };
        sources.Secrets["stpl"] = new() { ["s"] = Encoding.UTF8.GetBytes("secret-{{ .user }}") };
        var template = new SecretTemplate
        {
            TemplateFrom =
            [
                new TemplateFromEntry
                {
                    ConfigMap = new TemplateSourceReference("tpl",
                        [new TemplateSourceItem("config.yaml"), new TemplateSourceItem("kv", TemplateScope.KeysAndValues)]),
                    Secret = new TemplateSourceReference("stpl", [new TemplateSourceItem("s")]),
                },
                new TemplateFromEntry { Literal = "lit: '{{ .user }}'", Target = "annotations" },
            ],
            Data = new Dictionary<string, string> { ["b"] = "from data" },
        };
        var secret = _renderer.Render(template, Provider(("user", "app")), sources);
        Assert.Equal("user: app", Text(secret, "config.yaml"));
        Assert.Equal("app-a", Text(secret, "a"));
        Assert.Equal("from data", Text(secret, "b"));
        Assert.Equal("secret-app", Text(secret, "s"));
        Assert.Equal("app", secret.Annotations["lit"]);
        Assert.False(secret.Data.ContainsKey("user"));
    }

    [Fact]
    public void Render_ValuesDecodingStrategy_DecodesRenderedValues()
    {
        var template = new SecretTemplate
        {
            TemplateFrom =
            [
                new TemplateFromEntry { Literal = "raw: \"{{ .b64 }}\"", ValuesDecodingStrategy = ValuesDecodingStrategy.Base64 },
                new TemplateFromEntry { Literal = "auto: \"not base64!\"", ValuesDecodingStrategy = ValuesDecodingStrategy.Auto },
            ],
        };
        var secret = _renderer.Render(template, Provider(("b64", Convert.ToBase64String([0, 255]))), new Sources());
        Assert.Equal(new byte[] { 0, 255 }, secret.Data["raw"]);
        Assert.Equal("not base64!", Text(secret, "auto"));
    }

    [Fact]
    public void Render_BinaryProviderData_FlowsThroughUnchanged()
    {
        var template = new SecretTemplate { Data = new Dictionary<string, string> { ["copy"] = "{{ .bin }}" } };
        byte[] binary = [0x30, 0x82, 0xFF, 0x00, 0xC3];
        var secret = _renderer.Render(template, new Dictionary<string, byte[]> { ["bin"] = binary }, new Sources());
        Assert.Equal(binary, secret.Data["copy"]);
    }

    [Fact]
    public void Render_MissingKey_NamesTheTemplateKeyTwiceAsEsoDoes()
    {
        var template = new SecretTemplate { Data = new Dictionary<string, string> { ["k"] = "{{ .nope }}" } };
        var error = Assert.Throws<SecretTemplateException>(() => _renderer.Render(template, Provider(), new Sources()));
        Assert.Equal(
            "unable to execute template at key k: unable to execute template at key k: template: k:1:3: executing \"k\" at <.nope>: map has no entry for key \"nope\"",
            error.Message);
    }

    [Fact]
    public void Render_ErrorQuotingAValue_RedactsIt()
    {
        var template = new SecretTemplate { Data = new Dictionary<string, string> { ["k"] = "{{ range .pw }}{{ end }}" } };
        var error = Assert.Throws<SecretTemplateException>(() => _renderer.Render(template, Provider(("pw", "hunter2")), new Sources()));
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.Contains("range can't iterate over <redacted>", error.Message);
    }

    [Fact]
    public void Render_KeysAndValuesParseError_UsesTheTextAsTemplateName()
    {
        var template = new SecretTemplate { TemplateFrom = [new TemplateFromEntry { Literal = "a: {{ .nope }}" }] };
        var error = Assert.Throws<SecretTemplateException>(() => _renderer.Render(template, Provider(), new Sources()));
        Assert.StartsWith("unable to execute template at key a: {{ .nope }}: template: a: {{ .nope }}:1:6:", error.Message);
    }

    [Fact]
    public void Render_KeysAndValuesWithUnquotedNumberAndBoolean_StoresTheirText()
    {
        var template = new SecretTemplate { TemplateFrom = [new TemplateFromEntry { Literal = "port: 5432\nenabled: yes\nratio: 1.0" }] };
        var secret = _renderer.Render(template, Provider(), new Sources());
        Assert.Equal("5432", Text(secret, "port"));
        Assert.Equal("true", Text(secret, "enabled"));
        Assert.Equal("1", Text(secret, "ratio"));
    }

    [Theory]
    [InlineData("configmap")]
    [InlineData("secret")]
    public void Render_TemplateFromMissingItem_ReportsMissingKey(string kind)
    {
        var sources = new Sources();
        sources.ConfigMaps["src"] = [];
        sources.Secrets["src"] = [];
        var reference = new TemplateSourceReference("src", [new TemplateSourceItem("absent")]);
        var entry = kind == "configmap" ? new TemplateFromEntry { ConfigMap = reference } : new TemplateFromEntry { Secret = reference };
        var error = Assert.Throws<SecretTemplateException>(() =>
            _renderer.Render(new SecretTemplate { TemplateFrom = [entry] }, Provider(), sources));
        Assert.Equal($"error in {kind} src: missing key absent", error.Message);
    }

    [Fact]
    public void Render_EngineVersionV1_IsRejectedClearly()
    {
        var error = Assert.Throws<SecretTemplateException>(() =>
            _renderer.Render(new SecretTemplate { EngineVersion = "v1" }, Provider(), new Sources()));
        Assert.Contains("engine version v1 is not supported", error.Message);
    }

    [Fact]
    public void Render_GenericTarget_IsRejectedForSecrets()
    {
        var template = new SecretTemplate { TemplateFrom = [new TemplateFromEntry { Literal = "a: b", Target = "spec.x" }] };
        var error = Assert.Throws<SecretTemplateException>(() => _renderer.Render(template, Provider(), new Sources()));
        Assert.Contains("spec.x is not allowed", error.Message);
    }

    [Fact]
    public void Render_CustomDelimiters_ApplyToEveryTemplate()
    {
        var renderer = new SecretTemplateRenderer(new TemplateCache(), "<<", ">>");
        var template = new SecretTemplate { Data = new Dictionary<string, string> { ["k"] = "<< .a >>{{ .a }}" } };
        var secret = renderer.Render(template, Provider(("a", "x")), new Sources());
        Assert.Equal("x{{ .a }}", Text(secret, "k"));
    }
}
