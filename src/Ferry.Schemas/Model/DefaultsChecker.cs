using Ferry.Schemas.Defaulting;
using Ferry.Schemas.Pruning;
using Ferry.Schemas.Validation;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Model;

/// <summary>
/// Rejects schemas whose defaults the API server would reject when the CRD is created: a default must be non-null
/// unless nullable, must survive pruning unchanged, and (with its own nested defaults applied) must validate
/// against the schema it sits on, CEL rules included.
/// </summary>
internal static class DefaultsChecker
{
    public static void Check(SchemaNode node, int depth = 0)
    {
        if (depth > 256)
        {
            return;
        }

        if (node.HasDefault)
        {
            CheckDefault(node);
        }

        foreach (var property in node.Properties.Values)
        {
            Check(property, depth + 1);
        }

        if (node.Items is not null)
        {
            Check(node.Items, depth + 1);
        }

        if (node.AdditionalProperties is not null)
        {
            Check(node.AdditionalProperties, depth + 1);
        }
    }

    private static void CheckDefault(SchemaNode node)
    {
        var path = $"{node.SchemaPath}.default";
        if (node.Default is null)
        {
            if (!node.Nullable)
            {
                throw new SchemaFormatException(path, "Invalid value: \"null\": must not be null for non-nullable schemas");
            }

            return;
        }

        var value = node.Default.DeepClone();
        var pruned = new List<string>();
        Pruner.Prune(node, value, string.Empty, pruned);
        if (pruned.Count > 0)
        {
            throw new SchemaFormatException(path, $"Invalid value: {GoFormat.GoSyntax(node.Default)}: must not have unknown fields, got {string.Join(", ", pruned)}");
        }

        Defaulter.Apply(node, value);
        var errors = new List<FieldError>();
        OpenApiValidator.Validate(node, value, null, errors, path);
        if (errors.Count == 0)
        {
            CelRuleValidator.Validate(node, value, null, errors, path);
        }

        if (errors.Count > 0)
        {
            throw new SchemaFormatException(errors[0].Field, errors[0].Body);
        }
    }
}
