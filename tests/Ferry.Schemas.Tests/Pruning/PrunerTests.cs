using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Pruning;

public sealed class PrunerTests
{
    private static readonly StructuralSchema Schema = TestSchemas.Parse("""
        type: object
        properties:
          spec:
            type: object
            properties:
              data:
                type: array
                items:
                  type: object
                  properties:
                    secretKey: {type: string}
              free:
                type: object
                x-kubernetes-preserve-unknown-fields: true
                properties:
                  known:
                    type: object
                    properties:
                      a: {type: string}
              labels:
                type: object
                additionalProperties: {type: string}
              anything:
                type: object
                additionalProperties: true
        """);

    [Fact]
    public void Prune_UnknownFields_RemovedAndReportedWithPaths()
    {
        var instance = TestSchemas.Yaml("""
            apiVersion: example.io/v1
            kind: Thing
            metadata: {name: a, custom: kept}
            status: {phase: x}
            spec:
              foo: 1
              data: [{secretKey: a, extra: b}]
              free: {anything: 1, known: {a: x, b: y}}
              labels: {app: a}
              anything: {deep: {x: 1}}
            """);

        var pruned = Schema.Prune(instance);

        Assert.Equal(["status", "spec.foo", "spec.data[0].extra", "spec.free.known.b"], pruned);
        Assert.Equal(
            """{"apiVersion":"example.io/v1","kind":"Thing","metadata":{"name":"a","custom":"kept"},"spec":{"data":[{"secretKey":"a"}],"free":{"anything":1,"known":{"a":"x"}},"labels":{"app":"a"},"anything":{"deep":{"x":1}}}}""",
            instance.ToJsonString());
    }
}
