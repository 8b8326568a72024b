using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Values;

public sealed class SecretMapsTests
{
    [Theory]
    [InlineData("""{"s":"text"}""", "s", "text")]
    [InlineData("""{"s":"a\"b\u00e9"}""", "s", "a\"bé")]
    [InlineData("""{"n":1.50}""", "n", "1.50")]
    [InlineData("""{"n":-3e2}""", "n", "-3e2")]
    [InlineData("""{"b":false}""", "b", "false")]
    [InlineData("""{"z":null}""", "z", "")]
    [InlineData("""{"o":{"x": [1, 2]}}""", "o", """{"x": [1, 2]}""")]
    [InlineData("""{"a":[ "x" ]}""", "a", """[ "x" ]""")]
    [InlineData("""{"d":"first","d":"last"}""", "d", "last")]
    public void FromJsonObject_Member_ConvertedAsEso(string json, string key, string expected)
    {
        var map = SecretMaps.FromJsonObject(SecretValue.FromString(json));

        Assert.Equal(expected, map[key].Reveal());
    }

    [Fact]
    public void FromJsonObject_NullDocument_IsEmpty()
    {
        Assert.Empty(SecretMaps.FromJsonObject(SecretValue.FromString("null")));
    }

    [Theory]
    [InlineData("[1,2]", "json: cannot unmarshal array into Go value of type map[string]json.RawMessage")]
    [InlineData("\"str\"", "json: cannot unmarshal string into Go value of type map[string]json.RawMessage")]
    public void FromJsonObject_NotAnObject_ThrowsGoMessage(string json, string expected)
    {
        var error = Assert.Throws<ProviderException>(() => SecretMaps.FromJsonObject(SecretValue.FromString(json)));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void FromJsonObject_InvalidJson_DoesNotQuoteTheValue()
    {
        var error = Assert.Throws<ProviderException>(() => SecretMaps.FromJsonObject(SecretValue.FromString("hunter2-secret")));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
