using System.Text.Json.Nodes;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Tests.Values;

public sealed class GoFormatTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\nbreak\t", "\"line\\nbreak\\t\"")]
    [InlineData("\u0001", "\"\\x01\"")]
    [InlineData("héllo", "\"héllo\"")]
    public void Quote_MatchesStrconvQuote(string input, string expected)
    {
        Assert.Equal(expected, GoFormat.Quote(input));
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(100000.0, "100000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.0, "-2")]
    public void Float_MatchesGoPercentV(double input, string expected)
    {
        Assert.Equal(expected, GoFormat.Float(input));
    }

    [Fact]
    public void GoSyntax_Map_SortsKeysLikeGo()
    {
        var node = JsonNode.Parse("""{"b":1,"a":"x","c":[true,null]}""");

        Assert.Equal("map[string]interface {}{\"a\":\"x\", \"b\":1, \"c\":[]interface {}{true, interface {}(nil)}}", GoFormat.GoSyntax(node));
    }
}
