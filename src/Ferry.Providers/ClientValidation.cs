namespace Ferry.Providers;

/// <summary>A live check of a client against its backend; <see cref="Message"/> never carries secret values.</summary>
public sealed record ClientValidation(ClientValidationOutcome Outcome, string? Message = null)
{
    public static ClientValidation Ready { get; } = new(ClientValidationOutcome.Ready);
}
