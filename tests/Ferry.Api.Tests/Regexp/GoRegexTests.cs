using Ferry.Api.Regexp;

namespace Ferry.Api.Tests.Regexp;

/// <summary>
/// Go's regexp as every Ferry layer uses it. Expected values are Go's (checked against Go's regexp package):
/// Validate's error texts, which strings match, the leftmost-first match, and ReplaceAllString / FindAllString.
/// </summary>
public sealed class GoRegexTests
{
    [Theory]
    [InlineData("")]
    [InlineData("^prod-.*$")]
    [InlineData("(?i)team-(a|b)+")]
    [InlineData("(?P<env>dev|prod)/(?<app>[a-z0-9-]+)")]
    [InlineData("a{2,5}b{3}c{1,}")]
    [InlineData("a{,5}")]
    [InlineData("x{")]
    [InlineData("[[:alpha:]_\\d\\-]+")]
    [InlineData("[]a]")]
    [InlineData("[^]a]")]
    [InlineData("\\p{Greek}\\pL\\P{^Lu}\\p{Letter}")]
    [InlineData("\\x41\\x{1F600}\\0\\012\\.\\_")]
    [InlineData("\\Qa.b*\\E+")]
    [InlineData("\\Aabc\\z\\b\\B")]
    [InlineData("a*?b+?c??")]
    [InlineData("(?s:.)(?-i:x)(?i-s)")]
    [InlineData("^*")]
    [InlineData("()*")]
    [InlineData("(a{10}){100}")]
    public void Validate_PatternGoAccepts_ReturnsNull(string pattern)
    {
        Assert.Null(GoRegex.Validate(pattern));
    }

    [Theory]
    [InlineData("\\1", "invalid escape sequence: `\\1`")]
    [InlineData("(a)\\2", "invalid escape sequence: `\\2`")]
    [InlineData("a\\Z", "invalid escape sequence: `\\Z`")]
    [InlineData("\\C", "invalid escape sequence: `\\C`")]
    [InlineData("\\G", "invalid escape sequence: `\\G`")]
    [InlineData("\\k<n>", "invalid escape sequence: `\\k`")]
    [InlineData("\\e", "invalid escape sequence: `\\e`")]
    [InlineData("[\\b]", "invalid escape sequence: `\\b`")]
    [InlineData("\\xZZ", "invalid escape sequence: `\\xZZ`")]
    [InlineData("\\x{}", "invalid escape sequence: `\\x{}`")]
    [InlineData("(?=a)", "invalid or unsupported Perl syntax: `(?=`")]
    [InlineData("(?!a)", "invalid or unsupported Perl syntax: `(?!`")]
    [InlineData("(?>a)", "invalid or unsupported Perl syntax: `(?>`")]
    [InlineData("(?#comment)", "invalid or unsupported Perl syntax: `(?#`")]
    [InlineData("(?x)a b", "invalid or unsupported Perl syntax: `(?x`")]
    [InlineData("(?'n'a)", "invalid or unsupported Perl syntax: `(?'`")]
    [InlineData("(?P=n)", "invalid or unsupported Perl syntax: `(?P`")]
    [InlineData("(?", "invalid or unsupported Perl syntax: `(?`")]
    [InlineData("(?-)", "invalid or unsupported Perl syntax: `(?-)`")]
    [InlineData("(?<=a)b", "invalid named capture: `(?<=a)b`")]
    [InlineData("(?<!a)b", "invalid named capture: `(?<!a)b`")]
    [InlineData("(?P<1-x>a)", "invalid named capture: `(?P<1-x>`")]
    [InlineData("a**", "invalid nested repetition operator: `**`")]
    [InlineData("a*+", "invalid nested repetition operator: `*+`")]
    [InlineData("a{2}{3}", "invalid nested repetition operator: `{2}{3}`")]
    [InlineData("*a", "missing argument to repetition operator: `*`")]
    [InlineData("a|+", "missing argument to repetition operator: `+`")]
    [InlineData("(?i)*", "missing argument to repetition operator: `*`")]
    [InlineData("a{1001}", "invalid repeat count: `{1001}`")]
    [InlineData("a{5,2}", "invalid repeat count: `{5,2}`")]
    [InlineData("(a{100}){11}", "invalid repeat count: `{11}`")]
    [InlineData("(abc", "missing closing ): `(abc`")]
    [InlineData("abc)", "unexpected ): `abc)`")]
    [InlineData("[abc", "missing closing ]: `[abc`")]
    [InlineData("[z-a]", "invalid character class range: `z-a`")]
    [InlineData("[a-[]", "invalid character class range: `a-[`")]
    [InlineData("[[:foo:]]", "invalid character class range: `[:foo:]`")]
    [InlineData("\\p{Klingon}", "invalid character class range: `\\p{Klingon}`")]
    [InlineData("\\p{L", "invalid character class range: `\\p{L`")]
    [InlineData("abc\\", "trailing backslash at end of expression: ``")]
    public void Validate_PatternGoRejects_ReturnsGoError(string pattern, string expected)
    {
        Assert.Equal("error parsing regexp: " + expected, GoRegex.Validate(pattern));
    }

    [Theory]
    [InlineData("(?=a)")]
    [InlineData("(a)\\1")]
    [InlineData("a{1001}")]
    [InlineData("[a")]
    [InlineData("a)")]
    public void Compile_PatternGoRejects_ThrowsWithValidatesText(string pattern)
    {
        var error = Assert.Throws<GoRegexException>(() => GoRegex.Compile(pattern));

        Assert.Equal(GoRegex.Validate(pattern), error.Message);
    }

    [Fact]
    public void Compile_UnicodeScript_ThrowsSayingFerryCannotExpressIt()
    {
        var error = Assert.Throws<GoRegexException>(() => GoRegex.Compile("\\p{Greek}"));

        Assert.Equal("error parsing regexp: invalid character class range (Unicode scripts are not supported by Ferry): `\\p{Greek}`", error.Message);
    }

    [Theory]
    [InlineData("some-key.*", "some-key1", true)]
    [InlineData("key", "my-key-1", true)]
    [InlineData("^key$", "my-key", false)]
    [InlineData("a$", "a\n", false)]
    [InlineData("(?m)a$", "a\nb", true)]
    [InlineData("(?m)^b", "a\nb", true)]
    [InlineData("^b", "a\nb", false)]
    [InlineData("\\d+", "٣", false)]
    [InlineData("^\\d+$", "١٢٣", false)]
    [InlineData("\\d+", "42", true)]
    [InlineData("\\w", "é", false)]
    [InlineData("^\\w+$", "héllo", false)]
    [InlineData("\\s", "\u00a0", false)]
    [InlineData("\\s", "\v", false)]
    [InlineData("[[:space:]]", "\v", true)]
    [InlineData("[[:alpha:]]+$", "abc", true)]
    [InlineData("[[:digit:]]", "x", false)]
    [InlineData("^[[:^digit:]]+$", "ab", true)]
    [InlineData("^[[:^digit:]x]+$", "a1", false)]
    [InlineData("[\\d-]+x", "1-2x", true)]
    [InlineData("^[^\\D]$", "7", true)]
    [InlineData("(?P<name>ab)c", "abc", true)]
    [InlineData("(?<name>ab)c", "abc", true)]
    [InlineData("(?i)ABC", "xabcx", true)]
    [InlineData("(?i:A)B", "ab", false)]
    [InlineData("(?i)[^a]", "A", false)]
    [InlineData("\\Qa.b\\E", "a.b", true)]
    [InlineData("\\Qa.b\\E", "axb", false)]
    [InlineData("^\\Q.*\\E$", ".*", true)]
    [InlineData("\\x41\\x{42}", "AB", true)]
    [InlineData("\\101", "A", true)]
    [InlineData("\\pL+", "é", true)]
    [InlineData("^\\p{Letter}+$", "héllo", true)]
    [InlineData("\\p{Lu}", "a", false)]
    [InlineData("a{2}", "aa", true)]
    [InlineData("a{,2}", "a{,2}", true)]
    [InlineData("^a{01}$", "a{01}", true)]
    [InlineData("^a{01}$", "a", false)]
    [InlineData("x{", "x{", true)]
    [InlineData("[]a]", "]", true)]
    [InlineData("^[]a]+$", "]a", true)]
    [InlineData("a#b c", "a#b c", true)]
    [InlineData("\\_", "_", true)]
    [InlineData("a.c", "a\nc", false)]
    [InlineData("(?s)a.c", "a\nc", true)]
    [InlineData("^a$?", "a", true)]
    [InlineData("^a(?i)+$", "aaa", true)]
    [InlineData("^.$", "😀", true)]
    [InlineData("^.{2}$", "a😀", true)]
    [InlineData("^[^a]$", "😀", true)]
    [InlineData("^[^a]$", "a", false)]
    [InlineData("^\\W$", "😀", true)]
    [InlineData("^😀+$", "😀😀", true)]
    [InlineData("^[😀-😂]$", "😁", true)]
    [InlineData("^\\x{1F600}$", "😀", true)]
    [InlineData("^[^\\x{1F600}]$", "😀", false)]
    [InlineData("^\\p{So}$", "😀", true)]
    public void Compile_Pattern_MatchesAsGo(string pattern, string input, bool expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).IsMatch(input));
    }

    [Theory]
    [InlineData("(?U)a+", "aaa", "a")]
    [InlineData("(?U)a+?", "aaa", "aaa")]
    [InlineData("a+?", "aaa", "a")]
    [InlineData("a|ab", "ab", "a")]
    [InlineData("\\PL", "a😀", "😀")]
    public void Compile_Pattern_FindsTheSameLeftmostFirstMatch(string pattern, string input, string expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).Regex.Match(input).Value);
    }

    [Fact]
    public void Compile_CatastrophicBacktrackingPattern_StaysLinear()
    {
        var regex = GoRegex.Compile("^(a+)+$");

        Assert.False(regex.IsMatch(new string('a', 100_000) + "!"));
    }

    [Theory]
    [InlineData("(?P<a>x)(y)", "xy", "$1-$2", "x-y")]
    [InlineData("(x)(?P<b>y)", "xy", "${b}${1}", "yx")]
    [InlineData("(\\w+)-(\\w+)", "db-user", "${2}_${1}", "user_db")]
    [InlineData("(\\w+)-(\\w+)", "db-user", "$2_$1", "db")]
    [InlineData("(\\w+)-(\\w+)", "db-user", "$$1 $", "$1 $")]
    [InlineData("^prefix-", "prefix-key", "", "key")]
    [InlineData("a", "banana", "<$0>", "b<a>n<a>n<a>")]
    [InlineData("(a)|(b)", "b", "[$1]", "[]")]
    [InlineData("(?P<n>a)", "a", "$missing|${n}", "|a")]
    [InlineData("(?P<a>x)(?P<a>y)", "xy", "[${a}]", "[x]")]
    [InlineData("x*", "abc", "-", "-a-b-c-")]
    [InlineData("a*", "baaa", "-", "-b-")]
    [InlineData(".?", "a", "<$0>", "<a>")]
    [InlineData("|", "😀", "-", "-😀-")]
    public void ReplaceAll_Template_ExpandsAsGo(string pattern, string input, string template, string expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).ReplaceAll(input, template));
    }

    [Theory]
    [InlineData("a*", "baaa", new[] { "", "aaa" })]
    [InlineData("x*", "ab", new[] { "", "", "" })]
    [InlineData("", "😀", new[] { "", "" })]
    [InlineData("\\PL", "a\nb\n", new[] { "\n", "\n" })]
    public void FindAll_Input_ReturnsGosMatches(string pattern, string input, string[] expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).FindAll(input).Select(m => m.Value));
    }

    [Fact]
    public void GroupNumber_NamedAfterUnnamed_NumberedLeftToRightAsGo()
    {
        var regex = GoRegex.Compile("(?P<first>a)(b)(?<third>c)");

        Assert.Equal(1, regex.GroupNumber("first"));
        Assert.Equal(3, regex.GroupNumber("third"));
        Assert.Equal(-1, regex.GroupNumber("none"));
        Assert.Equal("b", regex.Regex.Match("abc").Groups[2].Value);
    }

    [Fact]
    public void TryCompile_InvalidPattern_ReturnsGosError()
    {
        Assert.False(GoRegex.TryCompile("(?=x)", out var regex, out var error));
        Assert.Null(regex);
        Assert.Equal("error parsing regexp: invalid or unsupported Perl syntax: `(?=`", error);
    }

    [Fact]
    public void Compile_SamePatternTwice_ReturnsTheCompiledRegexOnce()
    {
        Assert.Same(GoRegex.Compile("^cached-[a-z]+$"), GoRegex.Compile("^cached-[a-z]+$"));
    }
}
