namespace Ferry.Templating.Execution;

/// <summary>Go's missingkey option: what a field lookup on a map does when the key is absent.</summary>
public enum MissingKeyOption
{
    /// <summary>"default"/"invalid": the result is no value (prints &lt;no value&gt;).</summary>
    Default,

    /// <summary>"zero": the zero value of the map's element type.</summary>
    Zero,

    /// <summary>"error": execution stops with "map has no entry for key". ESO uses this.</summary>
    Error,
}
