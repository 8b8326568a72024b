using System.Text;
using Ferry.Templating.Eso;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests.Eso;

public sealed class SimpleKeysAndValuesTests
{
    private static readonly string[] Keys = ["a", "KEY_1", "db.host", "x-y", "tls.crt", "yes", "1", "a b", "é", "k/v", "true", "null", "0x10", "1.5", "1.0"];

    private static readonly string[] Values =
    [
        "", "plain", "two words", "\"quoted\"", "'single'", "'it''s'", "\"esc \\\" \\\\ \\n\"", "123", "true", "~",
        "a: b", "#x", "x #y", "[1]", "{a: 1}", "- item", "é ü", "\"\\u00e9\"", "'a'b'", "\"unterminated", "trailing   ",
        "\"a\"  ", "http://x.y/z?q=1", "*alias", "&anchor x", "|", ">", "null", "0x1F", "1e3", "\"\"", "''", "yes", "Off", "0777", "1_000", "1.5", "100000000.0", ".inf", "09",
        "18446744073709551616", "1e400", "2001-12-14",
    ];

    [Fact]
    public void TryParse_WhenItAnswers_AgreesWithTheYamlParser()
    {
        var random = new Random(42);
        var answered = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            var lines = random.Next(0, 6);
            for (var j = 0; j < lines; j++)
            {
                text.Append(Keys[random.Next(Keys.Length)]).Append(':');
                var value = Values[random.Next(Values.Length)];
                text.Append(value.Length > 0 || random.Next(2) == 0 ? " " + value : "").Append('\n');
            }

            var simple = SimpleKeysAndValues.TryParse(text.ToString());
            if (simple is null)
            {
                continue;
            }

            answered++;
            var full = KeysAndValuesOutput.ParseYaml(GoString.FromUtf8(text.ToString()));
            Assert.Equal(Describe(full), Describe(simple));
        }

        Assert.True(answered > 500, $"the simple path answered only {answered} times");
    }

    [Theory]
    [InlineData("a: -1")]
    [InlineData("a: x # comment")]
    [InlineData("a:\n  b: c")]
    [InlineData("a: b\na: c")]
    [InlineData("a: |\n  text")]
    public void TryParse_OutsideTheSimpleShape_DefersToTheYamlParser(string text) =>
        Assert.Null(SimpleKeysAndValues.TryParse(text));

    private static string Describe(List<KeyValuePair<string, GoString>> pairs) =>
        string.Join("|", pairs.Select(p => p.Key + "=" + p.Value.ToUtf8String()));
}
