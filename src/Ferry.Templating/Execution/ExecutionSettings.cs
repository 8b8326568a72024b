namespace Ferry.Templating.Execution;

/// <summary>Per-execution settings: Go's missingkey option, error redaction and the limits.</summary>
public sealed record ExecutionSettings
{
    public MissingKeyOption MissingKey { get; init; } = MissingKeyOption.Default;

    /// <summary>
    /// Whether Go error texts that quote a data value ("range can't iterate over X") show it. Off by default:
    /// template errors reach status conditions and logs. `ferry template exec` turns it on for local debugging.
    /// </summary>
    public bool RedactValuesInErrors { get; init; } = true;

    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;
}
