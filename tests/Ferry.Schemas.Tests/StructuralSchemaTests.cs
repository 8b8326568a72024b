using System.Collections.Concurrent;
using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests;

public sealed class StructuralSchemaTests
{
    private static readonly StructuralSchema Schema = TestSchemas.WithSpec("""
        type: object
        x-kubernetes-validations: [{rule: "self.name.matches('^[a-z]+$')", message: name must be lowercase letters}]
        properties:
          name: {type: string, pattern: '^[a-z]+$'}
          count: {type: integer, default: 1}
        """);

    [Fact]
    public void Validate_SameSchemaFromManyThreads_GivesTheSameAnswers()
    {
        var results = new ConcurrentBag<string>();

        Parallel.For(0, 64, i =>
        {
            var errors = Schema.ValidateSpec(i % 2 == 0 ? "name: abc" : "name: ABC");
            results.Add($"{i % 2}:{string.Join("|", errors)}");
        });

        Assert.Equal(2, results.Distinct().Count());
        Assert.Contains("1:spec.name: Invalid value: \"ABC\": spec.name in body should match '^[a-z]+$'|spec: Invalid value: \"object\": name must be lowercase letters", results);
    }

    [Fact]
    public void PruneDefaultValidate_InTheApiServersOrder_AcceptsACleanedObject()
    {
        var instance = TestSchemas.Yaml("spec: {name: abc, extra: 1}");

        var pruned = Schema.Prune(instance);
        Schema.ApplyDefaults(instance);
        var errors = Schema.Validate(instance);

        Assert.Equal(["spec.extra"], pruned);
        Assert.Empty(errors);
        Assert.Equal("""{"spec":{"name":"abc","count":1}}""", instance.ToJsonString());
    }
}
