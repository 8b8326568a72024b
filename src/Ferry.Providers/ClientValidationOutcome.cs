namespace Ferry.Providers;

/// <summary>ESO's ValidationResult: Unknown still counts as Ready for the store's condition.</summary>
public enum ClientValidationOutcome
{
    Ready,
    Unknown,
    Error,
}
