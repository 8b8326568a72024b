using System.Text;
using Ferry.Templating.Execution;
using Ferry.Templating.Functions;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests.Robustness;

/// <summary>Random templates and data never crash or hang the engine: they render or fail with a TemplateException.</summary>
public sealed class RandomTemplateTests
{
    private static readonly string[] Fragments =
    [
        "{{", "}}", "{{- ", " -}}", " ", "\n", ".a", ".b.c", ".", "$", "$x", ":=", "=", "|", "(", ")", ",",
        "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue", "nil", "true",
        "\"s\"", "`raw`", "'c'", "1", "-2", "1.5e3", "0x1F", "1i", "print", "printf", "\"%v %d %s\"", "index", "len",
        "slice", "eq", "ne", "lt", "and", "or", "not", "html", "js", "urlquery", "call", "upper", "b64dec", "b64enc",
        "toJson", "fromJson", "toYaml", "fromYaml", "list", "dict", "until", "repeat", "default", "first", "keys",
        "add", "div", "substr", "trunc", "regexFind", "\"[\"", "splitList", "join", "filterPEM", "certSANs", "/*", "*/",
        "\"x\"", "text", "-", "#", "\\", "\"\\xff\"", "@", "日本",
    ];

    private static readonly string[] Functions =
    [
        "print", "printf \"%v|%q|%x|%5.2f\"", "len", "index", "slice", "eq", "lt", "and", "or", "not", "html", "js",
        "urlquery", "upper", "lower", "trim", "b64enc", "b64dec", "b32dec", "hexdec", "toJson", "fromJson", "toYaml",
        "fromYaml", "list", "dict", "first", "last", "rest", "reverse", "uniq", "add", "sub", "div", "mod", "max",
        "int", "float64", "substr 1", "trunc -2", "repeat 3", "default \"d\"", "empty", "quote", "splitList \",\"",
        "join \",\"", "sortAlpha", "regexFind \"[a-z]+\"", "regexReplaceAll \"a\" \"b\"", "sha256sum", "toString",
        "typeOf", "kindOf", "keys", "get", "hasKey", "pick", "merge", "dig \"a\" \"d\"", "until", "seq", "indent 2",
        "replace \"a\" \"b\"", "split \",\"", "filterPEM \"X\"", "certSANs", "pkcs12key", "jwkPublicKeyPem",
        "rsaDecrypt \"None\" \"SHA1\" \"x\"", "ternary 1 2", "coalesce", "compact", "chunk 2", "without 1", "has 1",
    ];

    private static readonly string[] Arguments =
    [
        ".a", ".b", ".n", ".l", ".m", ".nope", "$", ".", "1", "0", "-1", "2.5", "\"x\"", "\"\"", "nil", "true",
        "(list 1 \"a\")", "(dict \"a\" 1)", "(until 3)", "'a'", "\"{\\\"k\\\":1}\"", "1e6", "\"aGk=\"",
    ];

    private static readonly TemplateOptions Options = new()
    {
        Functions = EsoFunctions.Library,
        Execution = new ExecutionSettings
        {
            MissingKey = MissingKeyOption.Error,
            Limits = new ExecutionLimits { MaxOutputBytes = 1 << 20, MaxSteps = 200_000 },
        },
    };

    private static GoMap Data()
    {
        var map = GoMap.OfAny();
        map["a"] = GoString.FromUtf8("abc");
        map["b"] = GoString.FromBytes([0xFF, 0x00, 0x80]);
        map["n"] = new GoInt64(42);
        map["l"] = GoList.OfAny([1L, GoString.FromUtf8("x"), null]);
        var inner = GoMap.OfAny();
        inner["c"] = 1.5;
        map["m"] = inner;
        return map;
    }

    private static void RenderOrFail(string template)
    {
        try
        {
            GoTemplate.Parse("fuzz", template, Options).Execute(Data());
        }
        catch (TemplateException)
        {
        }
    }

    [Fact]
    public void Execute_RandomFragmentSoup_NeverThrowsAnythingButTemplateException()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 4000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 24);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ');
                }
            }

            RenderOrFail(builder.ToString());
        }
    }

    [Fact]
    public void Execute_RandomWellFormedPipelines_NeverThrowsAnythingButTemplateException()
    {
        var random = new Random(7);
        for (var i = 0; i < 4000; i++)
        {
            var pipeline = new StringBuilder(Arguments[random.Next(Arguments.Length)]);
            var stages = random.Next(1, 4);
            for (var s = 0; s < stages; s++)
            {
                pipeline.Append(" | ").Append(Functions[random.Next(Functions.Length)]);
                if (random.Next(2) == 0)
                {
                    pipeline.Append(' ').Append(Arguments[random.Next(Arguments.Length)]);
                }
            }

            var template = random.Next(4) switch
            {
                0 => $"{{{{ {pipeline} }}}}",
                1 => $"{{{{ if {pipeline} }}}}y{{{{ else }}}}n{{{{ end }}}}",
                2 => $"{{{{ range $i, $v := {pipeline} }}}}{{{{ $i }}}}={{{{ $v }}}};{{{{ end }}}}",
                _ => $"{{{{ with $x := {pipeline} }}}}{{{{ printf \"%v %T\" $x $x }}}}{{{{ end }}}}",
            };
            RenderOrFail(template);
        }
    }

    [Fact]
    public void Execute_UnboundedRecursion_StopsWithDepthError()
    {
        var error = Assert.Throws<TemplateExecutionException>(() =>
            GoTemplate.Parse("top", "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", Options).Execute(Data()));
        Assert.Contains("exceeded maximum template depth (1000)", error.Message);
    }

    [Fact]
    public void Execute_HugeOutput_StopsAtTheOutputLimit()
    {
        var error = Assert.Throws<TemplateExecutionException>(() =>
            GoTemplate.Parse("big", "{{ range until 100000 }}{{ repeat 100 \"x\" }}{{ end }}", Options).Execute(Data()));
        Assert.Contains("output exceeds the limit of 1048576 bytes", error.Message);
    }

    [Fact]
    public void Execute_LongLoop_StopsAtTheStepLimit()
    {
        var error = Assert.Throws<TemplateExecutionException>(() =>
            GoTemplate.Parse("loop", "{{ range until 1000000 }}{{ end }}", Options).Execute(Data()));
        Assert.Contains("execution exceeded 200000 steps", error.Message);
    }

    [Fact]
    public void Parse_DeeplyNestedParentheses_FailsCleanly()
    {
        var template = "{{ " + new string('(', 20000) + "1" + new string(')', 20000) + " }}";
        var error = Assert.Throws<TemplateParseException>(() => GoTemplate.Parse("deep", template, Options));
        Assert.EndsWith("max expression depth exceeded", error.Message);
    }

    [Fact]
    public void Parse_DeeplyNestedIfs_FailsOrRendersWithoutCrashing()
    {
        var template = string.Concat(Enumerable.Repeat("{{ if true }}", 50000)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 50000));
        RenderOrFail(template);
    }

    [Theory]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ $d }}", "value nesting exceeds 256 levels")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ toJson $d }}|", "")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ mustToJson $d }}", "json: unsupported value: encountered a cycle")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ deepCopy $d }}", "value nesting exceeds 256 levels")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ deepEqual $d $d }}", "value nesting exceeds 256 levels")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ printf \"%v\" $d }}", "value nesting exceeds 256 levels")]
    public void Execute_ValueThatContainsItself_FailsInsteadOfOverflowing(string template, string expectedError)
    {
        if (expectedError.Length == 0)
        {
            Assert.Equal("|", GoTemplate.Parse("cycle", template, Options).Execute(Data()).ToUtf8String());
            return;
        }

        var error = Assert.Throws<TemplateExecutionException>(() => GoTemplate.Parse("cycle", template, Options).Execute(Data()));
        Assert.Contains(expectedError, error.Message);
    }
}
