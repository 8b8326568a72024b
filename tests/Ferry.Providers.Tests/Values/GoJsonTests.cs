using System.Text;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class GoJsonTests
{
    [Theory]
    [InlineData("plain", true, "\"plain\"")]
    [InlineData("q\"b\\", true, "\"q\\\"b\\\\\"")]
    [InlineData("\n\r\t\b\f", true, "\"\\n\\r\\t\\b\\f\"")]
    [InlineData("\u0001", true, "\"\\u0001\"")]
    [InlineData("<&>", true, "\"\\u003c\\u0026\\u003e\"")]
    [InlineData("<&>", false, "\"<&>\"")]
    [InlineData("\u2028", false, "\"\\u2028\"")]
    [InlineData("é", true, "\"é\"")]
    public void AppendString_Text_EscapedAsGo(string value, bool escapeHtml, string expected)
    {
        var builder = new StringBuilder();

        GoJson.AppendString(builder, value, escapeHtml);

        Assert.Equal(expected, builder.ToString());
    }
}
