using System.Text;
using Ferry.Templating.Functions.Eso;

namespace Ferry.Templating.Tests.Functions;

public sealed class BCryptTests
{
    [Fact]
    public void BlowfishConstants_AreTheDigitsOfPi()
    {
        var words = BlowfishConstants.All;
        Assert.Equal(0x243F6A88u, words[0]);
        Assert.Equal(0x85A308D3u, words[1]);
        Assert.Equal(0xD1310BA6u, words[18]);
    }

    [Theory]
    [InlineData("password", 4)]
    [InlineData("", 4)]
    [InlineData("a much longer password with spaces and ünïcode", 5)]
    public void Hash_FixedSalt_MatchesAnIndependentImplementation(string password, int cost)
    {
        var salt = Enumerable.Range(1, 16).Select(i => (byte)(i * 7)).ToArray();
        var ours = Ferry.Templating.Functions.Eso.BCrypt.Hash(Encoding.UTF8.GetBytes(password), cost, salt);
        var theirs = global::BCrypt.Net.BCrypt.HashPassword(password, ours[..29]);
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void Htpasswd_Default_IsAVerifiableBcryptLine()
    {
        var line = EsoTemplates.Render("{{ htpasswd \"user\" \"p@ss\" \"bcrypt\" }}");
        Assert.StartsWith("user:$2a$10$", line);
        Assert.True(global::BCrypt.Net.BCrypt.Verify("p@ss", line["user:".Length..]));
    }
}
