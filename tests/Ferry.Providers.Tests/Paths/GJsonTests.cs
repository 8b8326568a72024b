using Ferry.Providers.Paths;

namespace Ferry.Providers.Tests.Paths;

public sealed class GJsonTests
{
    // The document of gjson's README, the source of most of its documented examples.
    private const string Document = """
        {
          "name": {"first": "Tom", "last": "Anderson"},
          "age":37,
          "children": ["Sara","Alex","Jack"],
          "fav.movie": "Deer Hunter",
          "friends": [
            {"first": "Dale", "last": "Murphy", "age": 44, "nets": ["ig", "fb", "tw"]},
            {"first": "Roger", "last": "Craig", "age": 68, "nets": ["fb", "tw"]},
            {"first": "Jane", "last": "Murphy", "age": 47, "nets": ["ig", "tw"]}
          ],
          "ratio": 1.50,
          "big": 1e21,
          "small": 0.0000001,
          "ok": true,
          "off": false,
          "nothing": null,
          "1": "numeric key",
          "esc": "line\nbreak \u00e9"
        }
        """;

    [Theory]
    [InlineData("name.last", "Anderson")]
    [InlineData("age", "37")]
    [InlineData("children", """["Sara","Alex","Jack"]""")]
    [InlineData("children.#", "3")]
    [InlineData("children.1", "Alex")]
    [InlineData("child*.2", "Jack")]
    [InlineData("c?ildren.0", "Sara")]
    [InlineData("fav\\.movie", "Deer Hunter")]
    [InlineData("friends.#.first", """["Dale","Roger","Jane"]""")]
    [InlineData("friends.1.last", "Craig")]
    [InlineData("friends.1.first", "Roger")]
    [InlineData("friends.#.nets.#", "[3,2,2]")]
    [InlineData("friends.#.age|1", "68")]
    [InlineData("name|first", "Tom")]
    [InlineData("friends.#(last==\"Murphy\").first", "Dale")]
    [InlineData("friends.#(last=\"Murphy\").first", "Dale")]
    [InlineData("friends.#(last==\"Murphy\")#.first", """["Dale","Jane"]""")]
    [InlineData("friends.#(age>45)#.last", """["Craig","Murphy"]""")]
    [InlineData("friends.#(age<=44).first", "Dale")]
    [InlineData("friends.#(first%\"D*\").last", "Murphy")]
    [InlineData("friends.#(first!%\"D*\").last", "Craig")]
    [InlineData("friends.#(nets.#(==\"fb\"))#.first", """["Dale","Roger"]""")]
    [InlineData("children.#(!=\"Sara\")#", """["Alex","Jack"]""")]
    [InlineData("friends.#(last==\"Murphy\")#|1.first", "Jane")]
    [InlineData("ratio", "1.5")]
    [InlineData("big", "1000000000000000000000")]
    [InlineData("small", "0.0000001")]
    [InlineData("ok", "true")]
    [InlineData("off", "false")]
    [InlineData("nothing", "")]
    [InlineData("1", "numeric key")]
    [InlineData("esc", "line\nbreak é")]
    [InlineData("name", """{"first": "Tom", "last": "Anderson"}""")]
    public void Get_Path_ReturnsGjsonString(string path, string expected)
    {
        var result = GJson.Get(Document, path);

        Assert.True(result.Exists);
        Assert.Equal(expected, result.ToGoString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("name.middle")]
    [InlineData("children.3")]
    [InlineData("children.x")]
    [InlineData("age.inner")]
    [InlineData("fav.movie")]
    [InlineData("friends.#(last==\"Nobody\").first")]
    [InlineData("friends.#(age>100)")]
    public void Get_PathSelectsNothing_DoesNotExist(string path)
    {
        Assert.False(GJson.Get(Document, path).Exists);
    }

    [Fact]
    public void Get_InvalidJson_DoesNotExist()
    {
        Assert.False(GJson.Get("not json", "a").Exists);
    }

    [Fact]
    public void Get_ProjectionWhereSomeElementsLackTheField_SkipsThem()
    {
        var result = GJson.Get("""{"a":[{"b":1},{"c":2},{"b":"x"}]}""", "a.#.b");

        Assert.Equal("""[1,"x"]""", result.ToGoString());
        Assert.Equal(GJsonType.Json, result.Type);
    }

    [Fact]
    public void Get_StringResult_KeepsRawJsonSeparately()
    {
        var result = GJson.Get("""{"s":"a\"b"}""", "s");

        Assert.Equal(GJsonType.String, result.Type);
        Assert.Equal("\"a\\\"b\"", result.Raw);
        Assert.Equal("a\"b", result.ToGoString());
    }

    [Fact]
    public void Get_DuplicateKeys_FirstWins()
    {
        Assert.Equal("first", GJson.Get("""{"d":"first","d":"last"}""", "d").ToGoString());
    }
}
