using Ferry.Schemas.Patterns;

namespace Ferry.Schemas.Tests.Patterns;

public sealed class GoRegexTests
{
    [Theory]
    [InlineData(@"^\d+$", "123", true)]
    [InlineData(@"^\d+$", "١٢٣", false)]
    [InlineData(@"^\w+$", "héllo", false)]
    [InlineData(@"^\s$", "\u00a0", false)]
    [InlineData(@"^a$", "a\n", false)]
    [InlineData(@"(?m)^a$", "a\nb", true)]
    [InlineData(@"^[[:alpha:]]+$", "abcXYZ", true)]
    [InlineData(@"^(?P<word>[a-z]+)$", "abc", true)]
    [InlineData(@"^\x{41}$", "A", true)]
    [InlineData(@"^\pL+$", "héllo", true)]
    [InlineData(@"^a{2}$", "aa", true)]
    [InlineData(@"^a{,2}$", "a{,2}", true)]
    [InlineData(@"^[]a]+$", "]a", true)]
    [InlineData(@"^\Q.*\E$", ".*", true)]
    [InlineData(@"^.$", "😀", true)]
    [InlineData(@"^[^a]$", "😀", true)]
    [InlineData(@"^[^a]$", "a", false)]
    [InlineData(@"^.{2}$", "a😀", true)]
    [InlineData(@"(?s)^a.b$", "a\nb", true)]
    [InlineData(@"^a.b$", "a\nb", false)]
    public void Compile_GoPattern_MatchesAsGoDoes(string pattern, string input, bool matches)
    {
        Assert.Equal(matches, GoRegex.Compile(pattern).IsMatch(input));
    }

    [Theory]
    [InlineData("(?=a)")]
    [InlineData("(?!a)")]
    [InlineData("(?<=a)b")]
    [InlineData(@"(a)\1")]
    [InlineData("a{1001}")]
    [InlineData("[a")]
    [InlineData("(?>a)")]
    public void Compile_PatternGoRejects_Throws(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => GoRegex.Compile(pattern));

        Assert.StartsWith("error parsing regexp: ", error.Message);
    }

    [Fact]
    public void Compile_CatastrophicBacktrackingPattern_StaysLinear()
    {
        var regex = GoRegex.Compile("^(a+)+$");

        Assert.DoesNotMatch(regex, new string('a', 100_000) + "!");
    }
}
