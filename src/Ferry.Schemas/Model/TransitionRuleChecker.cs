namespace Ferry.Schemas.Model;

/// <summary>
/// Rejects transition rules (rules using oldSelf) where no old value can ever be found: below the items of a list
/// that is not a map list, as apiextensions-apiserver does when the CRD is created.
/// </summary>
internal static class TransitionRuleChecker
{
    public static void Check(SchemaNode node, string? uncorrelatableWithin = null, int depth = 0)
    {
        if (depth > 256)
        {
            return;
        }

        if (uncorrelatableWithin is not null)
        {
            var index = node.Rules.FindIndex(r => r.IsTransition);
            if (index >= 0)
            {
                throw new SchemaFormatException($"{node.SchemaPath}.x-kubernetes-validations[{index}].rule",
                    $"Forbidden: oldSelf cannot be used on the uncorrelatable portion of the schema within {uncorrelatableWithin}");
            }
        }

        foreach (var property in node.Properties.Values)
        {
            Check(property, uncorrelatableWithin, depth + 1);
        }

        if (node.AdditionalProperties is not null)
        {
            Check(node.AdditionalProperties, uncorrelatableWithin, depth + 1);
        }

        if (node.Items is not null)
        {
            Check(node.Items, uncorrelatableWithin ?? (node.ListType == "map" ? null : node.SchemaPath), depth + 1);
        }
    }
}
