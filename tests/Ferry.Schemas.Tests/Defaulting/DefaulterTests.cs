using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Defaulting;

public sealed class DefaulterTests
{
    private static readonly StructuralSchema Schema = TestSchemas.Parse("""
        type: object
        properties:
          spec:
            type: object
            default: {}
            properties:
              refreshInterval: {type: string, default: 1h0m0s}
              target:
                type: object
                properties:
                  creationPolicy: {type: string, default: Owner}
                  deletionPolicy: {type: string, default: Retain}
              data:
                type: array
                items:
                  type: object
                  properties:
                    remoteRef:
                      type: object
                      properties:
                        conversionStrategy: {type: string, default: Default}
              labels:
                type: object
                additionalProperties:
                  type: object
                  properties:
                    weight: {type: integer, default: 1}
              nullable: {type: string, nullable: true, default: x}
              dropped: {type: string}
        """);

    [Fact]
    public void ApplyDefaults_AbsentFields_GetDefaultsOnlyInExistingObjects()
    {
        var instance = TestSchemas.Yaml("spec: {data: [{remoteRef: {}}, {}]}");

        Schema.ApplyDefaults(instance);

        Assert.Equal(
            """{"spec":{"data":[{"remoteRef":{"conversionStrategy":"Default"}},{}],"refreshInterval":"1h0m0s","nullable":"x"}}""",
            instance.ToJsonString());
    }

    [Fact]
    public void ApplyDefaults_DefaultedObject_IsDefaultedInside()
    {
        var instance = TestSchemas.Yaml("kind: X");

        Schema.ApplyDefaults(instance);

        Assert.Equal("""{"kind":"X","spec":{"refreshInterval":"1h0m0s","nullable":"x"}}""", instance.ToJsonString());
    }

    [Fact]
    public void ApplyDefaults_MapValues_AreDefaulted()
    {
        var instance = TestSchemas.Yaml("spec: {labels: {a: {}, b: {weight: 5}}}");

        Schema.ApplyDefaults(instance);

        Assert.Equal("""{"a":{"weight":1},"b":{"weight":5}}""", instance["spec"]!["labels"]!.ToJsonString());
    }

    [Fact]
    public void ApplyDefaults_NullValues_DefaultedOrDroppedUnlessNullable()
    {
        var instance = TestSchemas.Yaml("spec: {refreshInterval: null, dropped: null, nullable: null, target: {}}");

        Schema.ApplyDefaults(instance);

        Assert.Equal(
            """{"spec":{"refreshInterval":"1h0m0s","nullable":null,"target":{"creationPolicy":"Owner","deletionPolicy":"Retain"}}}""",
            instance.ToJsonString());
    }
}
