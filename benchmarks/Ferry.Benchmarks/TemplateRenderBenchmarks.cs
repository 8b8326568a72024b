using System.Text;
using BenchmarkDotNet.Attributes;
using Ferry.Templating;
using Ferry.Templating.Eso;

namespace Ferry.Benchmarks;

/// <summary>
/// Renders the two templates most ExternalSecrets use, through the same renderer the controller calls (parsed
/// templates come from the content cache): a dockerconfigjson and a 20-key KeysAndValues template.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private readonly SecretTemplateRenderer _renderer = new(new TemplateCache());
    private readonly EmptySources _sources = new();
    private SecretTemplate _dockerConfig = null!;
    private SecretTemplate _keysAndValues = null!;
    private Dictionary<string, byte[]> _dockerData = null!;
    private Dictionary<string, byte[]> _twentyKeys = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dockerConfig = new SecretTemplate
        {
            Type = "kubernetes.io/dockerconfigjson",
            Data = new Dictionary<string, string>
            {
                [".dockerconfigjson"] =
                    """{"auths":{"{{ .registry }}":{"username":"{{ .username }}","password":"{{ .password }}","auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}""",
            },
        };
        _dockerData = new Dictionary<string, byte[]>
        {
            ["registry"] = "registry.example.com"u8.ToArray(),
            ["username"] = "robot$ci"u8.ToArray(),
            ["password"] = "c2VjcmV0LXBhc3N3b3JkLXZhbHVl"u8.ToArray(),
        };
        var literal = new StringBuilder();
        _twentyKeys = [];
        for (var i = 0; i < 20; i++)
        {
            literal.Append($"KEY_{i}: \"{{{{ .key{i} | upper }}}}\"\n");
            _twentyKeys[$"key{i}"] = Encoding.UTF8.GetBytes($"value-{i}-{new string('x', 24)}");
        }

        _keysAndValues = new SecretTemplate { TemplateFrom = [new TemplateFromEntry { Literal = literal.ToString() }] };
    }

    [Benchmark]
    public RenderedSecret DockerConfigJson() => _renderer.Render(_dockerConfig, _dockerData, _sources);

    [Benchmark]
    public RenderedSecret KeysAndValues20() => _renderer.Render(_keysAndValues, _twentyKeys, _sources);

    private sealed class EmptySources : ITemplateSourceReader
    {
        public IReadOnlyDictionary<string, string>? ReadConfigMap(string name) => null;

        public IReadOnlyDictionary<string, byte[]>? ReadSecret(string name) => null;
    }
}
