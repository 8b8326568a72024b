namespace Ferry.Templating.Tests.Functions;

public sealed class NumberRegexPathFunctionsTests
{
    [Theory]
    [InlineData("{{ add 1 2 3 }} {{ sub 5 3 }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 2 }}", "6 2 24 3 1")]
    [InlineData("{{ add1 1 }} {{ max 1 5 3 }} {{ min 4 2 8 }} {{ biggest 1 9 }}", "2 5 2 9")]
    [InlineData("{{ add \"2\" 1.9 true }}", "4")]
    [InlineData("{{ int \"12\" }} {{ int \"abc\" }} {{ int 3.9 }} {{ int \"012\" }} {{ int \"5.0\" }}", "12 0 3 10 5")]
    [InlineData("{{ printf \"%T %T %T\" (int 1) (int64 1) (float64 1) }}", "int int64 float64")]
    [InlineData("{{ float64 \"1.5\" }} {{ atoi \"42\" }} {{ atoi \"x\" }}", "1.5 42 0")]
    [InlineData("{{ toDecimal \"0777\" }}", "511")]
    [InlineData("{{ floor 1.5 }} {{ ceil 1.2 }} {{ round 3.14159 2 }} {{ round 2.5 0 }}", "1 2 3.14 3")]
    [InlineData("{{ addf 1.5 2 }} {{ subf 5 1.25 }} {{ mulf 1.5 2 }} {{ divf 1 4 }} {{ add1f 1.5 }}", "3.5 3.75 3 0.25 2.5")]
    [InlineData("{{ maxf 1 2.5 }} {{ minf 1 2.5 }}", "2.5 1")]
    [InlineData("{{ substr 0 (sub 3 1 | int) \"abcdef\" }}", "ab")]
    public void Render_NumberFunction_MatchesSprig(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ regexMatch \"^[a-z]+$\" \"abc\" }}{{ regexMatch \"^[a-z]+$\" \"ab1\" }}", "truefalse")]
    [InlineData("{{ regexMatch \"(\" \"x\" }}", "false")]
    [InlineData("{{ regexFind \"[0-9]+\" \"abc123def456\" }}", "123")]
    [InlineData("{{ regexFindAll \"[0-9]\" \"a1b2c3\" -1 }}{{ regexFindAll \"[0-9]\" \"a1b2c3\" 2 }}", "[1 2 3][1 2]")]
    [InlineData("{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }}", "-W-xxW-")]
    [InlineData("{{ regexReplaceAllLiteral \"a(x*)b\" \"-ab-axxb-\" \"${1}\" }}", "-${1}-${1}-")]
    [InlineData("{{ regexSplit \"z+\" \"pizza\" -1 }}", "[pi a]")]
    [InlineData("{{ regexQuoteMeta \"1.2+3\" }}", "1\\.2\\+3")]
    [InlineData("{{ regexSplit \"(z)+\" \"pizza\" -1 }} {{ regexSplit \"\" \"abc\" -1 }} {{ regexSplit \"a\" \"banana\" 2 }}", "[pi a] [a b c] [b nana]")]
    [InlineData("{{ regexMatch \"\\\\d\" \"٣\" }} {{ regexFindAll \"a*\" \"baaa\" -1 | len }}", "false 2")]
    [InlineData("{{ regexReplaceAll \"(\\\\w+)-(\\\\w+)\" \"db-user\" \"$2_$1\" }}", "db")]
    public void Render_RegexFunction_MatchesSprig(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ base \"/a/b.txt\" }} {{ base \"\" }} {{ base \"/\" }} {{ base \"a/b/\" }}", "b.txt . / b")]
    [InlineData("{{ dir \"/a/b.txt\" }} {{ dir \"b.txt\" }} {{ dir \"/\" }}", "/a . /")]
    [InlineData("{{ ext \"/a/b.tar.gz\" }}|{{ ext \"/a.b/c\" }}|", ".gz||")]
    [InlineData("{{ clean \"a//b/../c/.\" }} {{ clean \"/../a\" }} {{ clean \"\" }}", "a/c /a .")]
    [InlineData("{{ isAbs \"/a\" }}{{ isAbs \"a\" }}{{ osBase \"/x/y\" }}", "truefalsey")]
    public void Render_PathFunction_MatchesGoPath(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ div 1 0 }}", "error calling div: runtime error: integer divide by zero")]
    [InlineData("{{ mustRegexFind \"(\" \"x\" }}", "error calling mustRegexFind: error parsing regexp: missing closing ): `(`")]
    public void Render_NumberOrRegexMisuse_Fails(string template, string expected) =>
        Assert.EndsWith(expected, EsoTemplates.Error(template));
}
