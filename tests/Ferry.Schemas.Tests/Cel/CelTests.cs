using System.Text.Json.Nodes;
using Ferry.Schemas.Cel;
using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Cel;

public sealed class CelTests
{
    private static object Eval(string expression, string self = "{}")
    {
        var program = CelProgram.Compile(expression, new Dictionary<string, CelType> { ["self"] = CelType.Dyn });
        var scope = new CelScope("self", CelJson.ToValue(JsonNode.Parse(self), null), null);
        return program.Evaluate(new CelInterpreter(100_000), scope);
    }

    [Theory]
    [InlineData("1 + 2 * 3 == 7")]
    [InlineData("(1 + 2) * 3 == 9")]
    [InlineData("7 / 2 == 3 && 7 % 2 == 1")]
    [InlineData("-5 < 0")]
    [InlineData("1 == 1.0 && 2u > 1")]
    [InlineData("'ab' + 'c' == 'abc'")]
    [InlineData("'a' < 'b' && 'b' >= 'b'")]
    [InlineData("true ? 1 == 1 : false")]
    [InlineData("!(1 > 2)")]
    [InlineData("[1, 2] + [3] == [1, 2, 3]")]
    [InlineData("{'a': 1}['a'] == 1")]
    [InlineData("2 in [1, 2] && !(3 in [1, 2])")]
    [InlineData("'k' in {'k': 1}")]
    [InlineData("size('héllo') == 5 && 'héllo'.size() == 5")]
    [InlineData("size([1, 2]) == 2 && size({'a': 1}) == 1")]
    [InlineData("'abc'.startsWith('ab') && 'abc'.endsWith('bc') && 'abc'.contains('b')")]
    [InlineData("'abc'.matches('^a.c$') && !'a1c'.matches('^a\\\\dd$')")]
    [InlineData("'AbC'.lowerAscii() == 'abc' && 'abc'.upperAscii() == 'ABC'")]
    [InlineData("[1, 2, 3].all(x, x > 0) && [1, 2, 3].exists(x, x == 2)")]
    [InlineData("[1, 2, 3].exists_one(x, x > 2) && ![1, 2, 3].exists_one(x, x > 1)")]
    [InlineData("[1, 2, 3].map(x, x * 2) == [2, 4, 6]")]
    [InlineData("[1, 2, 3].map(x, x > 1, x * 10) == [20, 30]")]
    [InlineData("[1, 2, 3].filter(x, x != 2) == [1, 3]")]
    [InlineData("{'a': 1, 'b': 2}.all(k, k.size() == 1)")]
    [InlineData("int('42') == 42 && string(42) == '42' && double(1) == 1.0 && bool('true')")]
    [InlineData("uint(3) == 3u && string(1.5) == '1.5'")]
    [InlineData("[has(self.a), has(self.b)].filter(x, x == true).size() == 1", """{"a":1}""")]
    [InlineData("self.a.b == 'x' && has(self.a.b) && !has(self.a.c)", """{"a":{"b":"x"}}""")]
    [InlineData("'a,b'.split(',') == ['a', 'b'] && ['a', 'b'].join('-') == 'a-b'")]
    [InlineData("'hello'.indexOf('l') == 2 && 'hello'.substring(1, 3) == 'el' && ' x '.trim() == 'x'")]
    [InlineData("[3, 1, 2].sum() == 6 && [3, 1, 2].max() == 3 && [1, 2].isSorted()")]
    [InlineData("r'\\d' == '\\\\d' && '''multi''' == 'multi' && b'ab' == bytes('ab')")]
    [InlineData("0x10 == 16 && 1e3 == 1000.0")]
    [InlineData("sets.contains([1, 2, 3], [3, 1]) && sets.equivalent([1, 2], [2, 1, 1]) && sets.intersects([1], [3, 1]) && !sets.intersects([1], [2])")]
    [InlineData("'a1b22'.find('[0-9]+') == '1' && 'a1b22'.findAll('[0-9]+') == ['1', '22'] && 'abc'.find('x') == ''")]
    [InlineData("'baaa'.findAll('a*') == ['', 'aaa'] && '😀'.findAll('') == ['', '']")]
    [InlineData("[1, 2, 1].indexOf(1) == 0 && [1, 2, 1].lastIndexOf(1) == 2 && [1].indexOf(5) == -1")]
    [InlineData("self.?a.orValue('d') == 'd' && !self.?a.b.hasValue()")]
    [InlineData("self.?a.b.hasValue() && self.?a.b.value() == 1 && self.a.?b.orValue(0) == 1", """{"a":{"b":1}}""")]
    [InlineData("optional.of(1).value() == 1 && !optional.none().hasValue() && optional.none().or(optional.of(2)).value() == 2")]
    [InlineData("[1, 2][?5].orValue(0) == 0 && {'a': 1}[?'a'].value() == 1 && !optional.ofNonZeroValue('').hasValue()")]
    [InlineData("timestamp('2024-01-02T03:04:05Z') < timestamp('2024-01-02T03:04:06Z')")]
    [InlineData("timestamp('2024-01-02T03:04:05Z') + duration('1h30m') == timestamp('2024-01-02T04:34:05Z')")]
    [InlineData("timestamp('2024-03-02T03:04:05+01:00').getHours() == 2 && timestamp('2024-03-02T03:04:05Z').getMonth() == 2")]
    [InlineData("duration('90s').getMinutes() == 1 && string(duration('1m30s')) == '90s' && duration('1.5h') > duration('89m')")]
    [InlineData("string(timestamp('2024-01-02T03:04:05Z')) == '2024-01-02T03:04:05Z'")]
    public void Evaluate_Expression_IsTrue(string expression, string self = "{}")
    {
        Assert.Equal(true, Eval(expression, self));
    }

    [Theory]
    [InlineData("self.missing == 1", "no such key: missing")]
    [InlineData("1 / 0 == 1", "division by zero")]
    [InlineData("9223372036854775807 + 1 > 0", "integer overflow")]
    [InlineData("[1][3] == 1", "index out of bounds: 3")]
    [InlineData("int('x') == 1", "cannot convert string to int: strconv.ParseInt: parsing \"x\": invalid syntax")]
    public void Evaluate_RuntimeError_Throws(string expression, string message)
    {
        var error = Assert.Throws<CelEvalException>(() => Eval(expression));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Evaluate_ErrorOnOneSideOfOr_IsAbsorbedByTrue()
    {
        Assert.Equal(true, Eval("self.missing == 1 || true"));
        Assert.Equal(false, Eval("false && self.missing == 1"));
    }

    [Theory]
    [InlineData("1 +", "ERROR: <input>:1:4: Syntax error: mismatched input <EOF>")]
    [InlineData("self.a ==", "ERROR: <input>:1:10: Syntax error: mismatched input <EOF>")]
    [InlineData("'unterminated", "ERROR: <input>:1:1: Syntax error: token recognition error at: ''unterminated'")]
    [InlineData("foo == 1", "ERROR: <input>:1:1: undeclared reference to 'foo' (in container '')\n | foo == 1\n | ^")]
    [InlineData("self.nope == 1", "ERROR: <input>:1:5: undefined field 'nope'\n | self.nope == 1\n | ....^")]
    [InlineData("size(self.num) == 1", "ERROR: <input>:1:1: found no matching overload for 'size' applied to '(int)'")]
    [InlineData("self.num == 'a'", "ERROR: <input>:1:10: found no matching overload for '_==_' applied to '(int, string)'")]
    [InlineData("frobnicate(1)", "ERROR: <input>:1:1: undeclared reference to 'frobnicate' (in container '')")]
    public void Compile_BrokenExpression_ReportsLikeCelGo(string expression, string expectedStart)
    {
        var schema = TestSchemas.Yaml("type: object\nproperties:\n  num: {type: integer}");
        var self = CelType.FromSchema(SchemaNodes.Parse(schema));

        var error = Assert.Throws<CelCompileException>(() => CelProgram.Compile(expression, new Dictionary<string, CelType> { ["self"] = self }));

        Assert.StartsWith(expectedStart, error.Message);
    }

    [Theory]
    [InlineData(1000, "+")]
    [InlineData(1000, "&&")]
    public void Compile_LongOperatorChain_HitsRecursionLimit(int terms, string op)
    {
        var expression = string.Join($" {op} ", Enumerable.Repeat(op == "+" ? "1" : "true", terms));

        var error = Assert.Throws<CelCompileException>(() => CelProgram.Compile(expression, new Dictionary<string, CelType>()));

        Assert.Contains("expression recursion limit exceeded", error.Message);
    }

    [Fact]
    public void Compile_ManyNegations_HitsRecursionLimitWithoutOverflowingTheStack()
    {
        var error = Assert.Throws<CelCompileException>(() => CelProgram.Compile(new string('!', 50_000) + "true", new Dictionary<string, CelType>()));

        Assert.Contains("expression recursion limit exceeded", error.Message);
    }

    [Fact]
    public void Compile_DeepButLegalNesting_Works()
    {
        var expression = string.Concat(Enumerable.Repeat("(", 100)) + "true" + string.Concat(Enumerable.Repeat(")", 100));

        Assert.Equal(true, CelProgram.Compile(expression, new Dictionary<string, CelType>()).Evaluate(new CelInterpreter(1_000), null));
    }

    [Fact]
    public void Evaluate_HugeComprehension_StopsAtCostLimit()
    {
        var program = CelProgram.Compile("[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, a + b + c > 0)))", new Dictionary<string, CelType>());

        Assert.Throws<CelCostExceededException>(() => program.Evaluate(new CelInterpreter(1_000), null));
        Assert.Equal(true, program.Evaluate(new CelInterpreter(1_000_000), null));
    }

    [Fact]
    public void Evaluate_FormattedStrings_AreTimestampsDurationsAndBytes()
    {
        var schema = SchemaNodes.Parse(TestSchemas.Yaml("""
            type: object
            properties:
              at: {type: string, format: date-time}
              every: {type: string, format: duration}
              blob: {type: string, format: byte}
            """));
        var program = CelProgram.Compile(
            "self.at + self.every > timestamp('2024-01-01T00:00:00Z') && self.every == duration('1h') && self.blob == b'hi'",
            new Dictionary<string, CelType> { ["self"] = CelType.FromSchema(schema) });
        var scope = new CelScope("self", CelJson.ToValue(JsonNode.Parse("""{"at":"2024-01-01T00:00:00Z","every":"1h","blob":"aGk="}"""), schema), null);

        Assert.Equal(true, program.Evaluate(new CelInterpreter(1_000), scope));
    }

    [Fact]
    public void Compile_RootMetadata_ExposesOnlyNameAndGenerateName()
    {
        var schema = SchemaNodes.Parse(TestSchemas.Yaml("type: object\nproperties:\n  metadata: {type: object}"));
        var self = new Dictionary<string, CelType> { ["self"] = CelType.FromSchema(schema) };

        CelProgram.Compile("self.metadata.name.startsWith('a') && self.kind == 'X'", self);
        var error = Assert.Throws<CelCompileException>(() => CelProgram.Compile("has(self.metadata.labels)", self));

        Assert.Contains("undefined field 'labels'", error.Message);
    }

    [Fact]
    public void Evaluate_EscapedPropertyName_ReadsDashedField()
    {
        var schema = SchemaNodes.Parse(TestSchemas.Yaml("type: object\nproperties:\n  foo-bar: {type: string}"));
        var program = CelProgram.Compile("self.foo__dash__bar == 'x'", new Dictionary<string, CelType> { ["self"] = CelType.FromSchema(schema) });
        var scope = new CelScope("self", CelJson.ToValue(JsonNode.Parse("""{"foo-bar":"x"}"""), schema), null);

        Assert.Equal(true, program.Evaluate(new CelInterpreter(1_000), scope));
    }
}
