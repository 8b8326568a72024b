namespace Ferry.Templating.Tests.Functions;

public sealed class StringFunctionsTests
{
    [Theory]
    [InlineData("{{ \"hello\" | upper }}", "HELLO")]
    [InlineData("{{ \"HeLLo\" | lower }}", "hello")]
    [InlineData("{{ \"héllo\" | upper }}", "HÉLLO")]
    [InlineData("{{ title \"hello world\" }}", "Hello World")]
    [InlineData("{{ untitle \"Hello World\" }}", "hello world")]
    [InlineData("{{ trim \"  hi \\n\" }}", "hi")]
    [InlineData("{{ trimAll \"$\" \"$5.00$\" }}", "5.00")]
    [InlineData("{{ trimSuffix \"-\" \"hello-\" }}", "hello")]
    [InlineData("{{ trimPrefix \"-\" \"-hello\" }}", "hello")]
    [InlineData("{{ nospace \"hello w o r l d\" }}", "helloworld")]
    [InlineData("{{ repeat 3 \"ab\" }}", "ababab")]
    [InlineData("{{ substr 0 5 \"hello world\" }}", "hello")]
    [InlineData("{{ substr 6 -1 \"hello world\" }}", "world")]
    [InlineData("{{ trunc 5 \"hello world\" }}", "hello")]
    [InlineData("{{ trunc -5 \"hello world\" }}", "world")]
    [InlineData("{{ trunc 50 \"hello\" }}", "hello")]
    [InlineData("{{ abbrev 5 \"hello world\" }}", "he...")]
    [InlineData("{{ contains \"cat\" \"catch\" }}", "true")]
    [InlineData("{{ hasPrefix \"cat\" \"catch\" }}", "true")]
    [InlineData("{{ hasSuffix \"cat\" \"catch\" }}", "false")]
    [InlineData("{{ quote \"a\" \"b\\\"c\" }}", "\"a\" \"b\\\"c\"")]
    [InlineData("{{ quote 5 nil }}", "\"5\"")]
    [InlineData("{{ squote \"a\" 1 }}", "'a' '1'")]
    [InlineData("{{ cat \"hello\" \"beautiful\" nil 5 }}", "hello beautiful 5")]
    [InlineData("{{ indent 2 \"a\\nb\" }}", "  a\n  b")]
    [InlineData("{{ nindent 2 \"a\" }}", "\n  a")]
    [InlineData("{{ replace \" \" \"-\" \"I Am Henry\" }}", "I-Am-Henry")]
    [InlineData("{{ replace \"\" \"-\" \"ab\" }}", "-a-b-")]
    [InlineData("{{ plural \"one\" \"many\" 1 }}/{{ plural \"one\" \"many\" 2 }}", "one/many")]
    [InlineData("{{ $a := split \"$\" \"foo$bar$baz\" }}{{ $a._0 }}{{ $a._2 }}", "foobaz")]
    [InlineData("{{ splitList \"$\" \"foo$bar$baz\" }}", "[foo bar baz]")]
    [InlineData("{{ splitn \"$\" 2 \"foo$bar$baz\" }}", "map[_0:foo _1:bar$baz]")]
    [InlineData("{{ join \"_\" (list \"a\" \"b\" 1) }}", "a_b_1")]
    [InlineData("{{ join \",\" (splitList \":\" \"a:b\") }}", "a,b")]
    [InlineData("{{ join \",\" \"single\" }}", "single")]
    [InlineData("{{ sortAlpha (list \"b\" \"a\" \"C\") }}", "[C a b]")]
    [InlineData("{{ toStrings (list 1 \"a\" nil) }}", "[1 a]")]
    [InlineData("{{ initials \"First Try\" }}", "FT")]
    [InlineData("{{ swapcase \"Hello\" }}", "hELLO")]
    [InlineData("{{ toString 5 }}{{ toString \"x\" }}{{ toString 1.5 }}", "5x1.5")]
    [InlineData("{{ printf \"%T\" (toString 5) }}", "string")]
    [InlineData("{{ wrap 5 \"hello world again\" }}", "hello\nworld\nagain")]
    [InlineData("{{ hello }}", "Hello!")]
    public void Render_StringFunction_MatchesSprig(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ upper 5 }}", "expected string; found 5")]
    [InlineData("{{ repeat -1 \"a\" }}", "error calling repeat: strings: negative Repeat count")]
    [InlineData("{{ substr 5 3 \"abcdef\" }}", "error calling substr: runtime error: slice bounds out of range [5:3]")]
    [InlineData("{{ trunc \"5\" \"abc\" }}", "expected integer; found \"5\"")]
    public void Render_StringFunctionMisuse_FailsLikeGo(string template, string expected) =>
        Assert.EndsWith(expected, EsoTemplates.Error(template));

    [Fact]
    public void Upper_BinaryInput_KeepsInvalidBytesAsReplacementRunes()
    {
        var data = EsoTemplates.Bytes(("v", [0x61, 0xFF, 0x62]));
        Assert.Equal("A\uFFFDB", EsoTemplates.Render("{{ .v | upper }}", data));
    }

    [Fact]
    public void Trim_BinaryInput_KeepsInvalidBytes()
    {
        var data = EsoTemplates.Bytes(("v", [0x20, 0xFF, 0x41, 0xC3, 0x0A, 0x0A]));
        Assert.Equal(new byte[] { 0xFF, 0x41, 0xC3 }, EsoTemplates.RenderBytes("{{ .v | trim }}", data));
        Assert.Equal(new byte[] { 0xFF, 0x41, 0xC3 }, EsoTemplates.RenderBytes("{{ .v | nospace }}", data));
        Assert.Equal(new byte[] { 0xFF, 0x41, 0xC3 }, EsoTemplates.RenderBytes("{{ .v | trimAll \" \\n\" }}", data));
    }

    [Theory]
    [InlineData("{{ trim \"\\u00a0 x \\u2003\" }}", "x")]
    [InlineData("{{ trimAll \"é\" \"éxé\" }}", "x")]
    [InlineData("{{ nospace \" a\\tb\\nc \" }}", "abc")]
    public void Trim_UnicodeSpaces_AreGoSpaces(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));
}
