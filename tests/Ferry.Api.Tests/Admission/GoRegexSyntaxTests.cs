using Ferry.Api.Admission;

namespace Ferry.Api.Tests.Admission;

public sealed class GoRegexSyntaxTests
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
    public void Check_PatternsGoAccepts_ReturnNull(string pattern)
    {
        Assert.Null(GoRegexSyntax.Check(pattern));
    }

    [Theory]
    [InlineData("\\1", "invalid escape sequence: `\\1`")]
    [InlineData("(a)\\2", "invalid escape sequence: `\\2`")]
    [InlineData("a\\Z", "invalid escape sequence: `\\Z`")]
    [InlineData("\\C", "invalid escape sequence: `\\C`")]
    [InlineData("[\\b]", "invalid escape sequence: `\\b`")]
    [InlineData("\\xZZ", "invalid escape sequence: `\\xZZ`")]
    [InlineData("\\x{}", "invalid escape sequence: `\\x{}`")]
    [InlineData("(?=a)", "invalid or unsupported Perl syntax: `(?=`")]
    [InlineData("(?!a)", "invalid or unsupported Perl syntax: `(?!`")]
    [InlineData("(?>a)", "invalid or unsupported Perl syntax: `(?>`")]
    [InlineData("(?P=n)", "invalid or unsupported Perl syntax: `(?P`")]
    [InlineData("(?", "invalid or unsupported Perl syntax: `(?`")]
    [InlineData("(?-)", "invalid or unsupported Perl syntax: `(?-)`")]
    [InlineData("(?<=a)b", "invalid named capture: `(?<=a)b`")]
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
    [InlineData("[[:foo:]]", "invalid character class range: `[:foo:]`")]
    [InlineData("\\p{Klingon}", "invalid character class range: `\\p{Klingon}`")]
    [InlineData("\\p{L", "invalid character class range: `\\p{L`")]
    [InlineData("abc\\", "trailing backslash at end of expression: ``")]
    public void Check_PatternsGoRejects_ReturnGoError(string pattern, string expected)
    {
        Assert.Equal("error parsing regexp: " + expected, GoRegexSyntax.Check(pattern));
    }
}
