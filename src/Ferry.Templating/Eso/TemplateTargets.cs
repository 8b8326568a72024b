namespace Ferry.Templating.Eso;

/// <summary>Parses templateFrom[].target: Data, Annotations or Labels, case-insensitively; empty means Data.</summary>
public static class TemplateTargets
{
    public static TemplateTarget Parse(string? target)
    {
        if (string.IsNullOrEmpty(target) || target.Equals("Data", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateTarget.Data;
        }

        if (target.Equals("Labels", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateTarget.Labels;
        }

        if (target.Equals("Annotations", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateTarget.Annotations;
        }

        throw new SecretTemplateException(
            $"template target {target} is not allowed for a Secret: use Data, Annotations or Labels");
    }
}
