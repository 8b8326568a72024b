namespace Ferry.Templating.Eso;

/// <summary>Reads the ConfigMaps and Secrets that templateFrom names (the controller reads its caches; render reads files).</summary>
public interface ITemplateSourceReader
{
    /// <summary>The ConfigMap's data, or null when it does not exist.</summary>
    IReadOnlyDictionary<string, string>? ReadConfigMap(string name);

    /// <summary>The Secret's data, or null when it does not exist.</summary>
    IReadOnlyDictionary<string, byte[]>? ReadSecret(string name);
}
