using Ferry.Providers.Matching;

namespace Ferry.Providers.Tests.Matching;

public sealed class GoRegexTests
{
    [Theory]
    [InlineData("some-key.*", "some-key1", true)]
    [InlineData("key", "my-key-1", true)]
    [InlineData("^key$", "my-key", false)]
    [InlineData("a$", "a\n", false)]
    [InlineData("(?m)a$", "a\nb", true)]
    [InlineData("(?m)^b", "a\nb", true)]
    [InlineData("^b", "a\nb", false)]
    [InlineData("\\d+", "٣", false)]
    [InlineData("\\d+", "42", true)]
    [InlineData("\\w", "é", false)]
    [InlineData("\\s", "\u00a0", false)]
    [InlineData("[[:alpha:]]+$", "abc", true)]
    [InlineData("[[:digit:]]", "x", false)]
    [InlineData("[\\d-]+x", "1-2x", true)]
    [InlineData("(?P<name>ab)c", "abc", true)]
    [InlineData("(?<name>ab)c", "abc", true)]
    [InlineData("(?i)ABC", "xabcx", true)]
    [InlineData("(?i:A)B", "ab", false)]
    [InlineData("\\Qa.b\\E", "a.b", true)]
    [InlineData("\\Qa.b\\E", "axb", false)]
    [InlineData("\\x41\\x{42}", "AB", true)]
    [InlineData("\\101", "A", true)]
    [InlineData("\\pL+", "é", true)]
    [InlineData("\\p{Lu}", "a", false)]
    [InlineData("a{2}", "aa", true)]
    [InlineData("a{,2}", "a{,2}", true)]
    [InlineData("x{", "x{", true)]
    [InlineData("[]a]", "]", true)]
    [InlineData("a#b c", "a#b c", true)]
    [InlineData("\\_", "_", true)]
    [InlineData("a.c", "a\nc", false)]
    [InlineData("(?s)a.c", "a\nc", true)]
    public void Compile_Pattern_MatchesAsGo(string pattern, string input, bool expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).IsMatch(input));
    }

    [Theory]
    [InlineData("(?U)a+", "aaa", "a")]
    [InlineData("(?U)a+?", "aaa", "aaa")]
    [InlineData("a+?", "aaa", "a")]
    [InlineData("a|ab", "ab", "a")]
    public void Compile_Pattern_FindsTheSameLeftmostFirstMatch(string pattern, string input, string expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).Regex.Match(input).Value);
    }

    [Theory]
    [InlineData("(?=a)", "invalid or unsupported Perl syntax")]
    [InlineData("(?!a)", "invalid or unsupported Perl syntax")]
    [InlineData("(?<=a)b", "invalid or unsupported Perl syntax")]
    [InlineData("(?<!a)b", "invalid or unsupported Perl syntax")]
    [InlineData("(?>a)", "invalid or unsupported Perl syntax")]
    [InlineData("(?#comment)", "invalid or unsupported Perl syntax")]
    [InlineData("(?x)a b", "invalid or unsupported Perl syntax")]
    [InlineData("(a)\\1", "invalid escape sequence")]
    [InlineData("\\Z", "invalid escape sequence")]
    [InlineData("\\G", "invalid escape sequence")]
    [InlineData("\\k<n>", "invalid escape sequence")]
    [InlineData("\\e", "invalid escape sequence")]
    [InlineData("a**", "invalid nested repetition operator")]
    [InlineData("a*+", "invalid nested repetition operator")]
    [InlineData("a{1001}", "invalid repeat count")]
    [InlineData("a{3,2}", "invalid repeat count")]
    [InlineData("*a", "missing argument to repetition operator")]
    [InlineData("(a", "missing closing )")]
    [InlineData("a)", "unexpected )")]
    [InlineData("[a", "missing closing ]")]
    [InlineData("(?'n'a)", "invalid or unsupported Perl syntax")]
    [InlineData("[a-[]", "range")]
    [InlineData("\\p{Greek}", "invalid character class range")]
    public void Compile_PatternGoRejects_Throws(string pattern, string expectedCode)
    {
        var error = Assert.Throws<GoRegexException>(() => GoRegex.Compile(pattern));

        Assert.StartsWith("error parsing regexp: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedCode, error.Message, StringComparison.Ordinal);
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
    public void ReplaceAll_Template_ExpandsAsGo(string pattern, string input, string template, string expected)
    {
        Assert.Equal(expected, GoRegex.Compile(pattern).ReplaceAll(input, template));
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
    public void TryCompile_InvalidPattern_ReturnsError()
    {
        Assert.False(GoRegex.TryCompile("(?=x)", out var regex, out var error));
        Assert.Null(regex);
        Assert.NotNull(error);
    }
}
