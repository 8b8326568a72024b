namespace Ferry.Templating.Eso;

/// <summary>ESO's template.mergePolicy: whether provider data is kept beside the rendered keys.</summary>
public enum MergePolicy
{
    Replace,
    Merge,
}
