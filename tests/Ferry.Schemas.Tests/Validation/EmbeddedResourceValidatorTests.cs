using Ferry.Schemas.Tests.Support;

namespace Ferry.Schemas.Tests.Validation;

public sealed class EmbeddedResourceValidatorTests
{
    private static readonly StructuralSchema Schema = TestSchemas.WithSpec("""
        type: object
        properties:
          template:
            type: object
            x-kubernetes-embedded-resource: true
            x-kubernetes-preserve-unknown-fields: true
        """);

    [Fact]
    public void Validate_MissingApiVersionAndKind_AreRequired()
    {
        Assert.Equal(
            ["spec.template.apiVersion: Required value: must not be empty", "spec.template.kind: Required value: must not be empty"],
            Schema.ValidateSpec("template: {data: {}}"));
    }

    [Fact]
    public void Validate_BadKindAndName_AreInvalid()
    {
        var errors = Schema.ValidateSpec("template: {apiVersion: v1, kind: 'Con fig', metadata: {name: 'a/b'}}");

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("spec.template.kind: Invalid value: \"Con fig\": may have mixed case, but should otherwise match: a DNS-1035 label", errors[0]);
        Assert.Equal("spec.template.metadata.name: Invalid value: \"a/b\": may not contain '/'", errors[1]);
    }

    [Fact]
    public void Prune_EmbeddedMetadata_KeepsOnlyObjectMetaFields()
    {
        var instance = TestSchemas.Yaml("spec: {template: {apiVersion: v1, kind: Secret, metadata: {name: a, bogus: 1}, data: {}}}");

        var pruned = Schema.Prune(instance);

        Assert.Equal(["spec.template.metadata.bogus"], pruned);
        Assert.Equal("""{"spec":{"template":{"apiVersion":"v1","kind":"Secret","metadata":{"name":"a"},"data":{}}}}""", instance.ToJsonString());
    }
}
