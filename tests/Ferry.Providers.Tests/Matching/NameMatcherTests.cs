using Ferry.Api.V1;
using Ferry.Providers.Matching;

namespace Ferry.Providers.Tests.Matching;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("some-key.*", "some-key1", true)]
    [InlineData("some-key.*", "another-key1", false)]
    [InlineData("", "anything", true)]
    public void IsMatch_Name_UnanchoredGoMatch(string regexp, string name, bool expected)
    {
        Assert.Equal(expected, NameMatcher.Create(new FindName { Regexp = regexp }).IsMatch(name));
    }

    [Fact]
    public void Create_InvalidRegexp_ThrowsWithEsoPrefix()
    {
        var error = Assert.Throws<ProviderException>(() => NameMatcher.Create(new FindName { Regexp = "a(" }));

        Assert.StartsWith("could not compile find.name.regexp [a(]: error parsing regexp:", error.Message, StringComparison.Ordinal);
    }
}
