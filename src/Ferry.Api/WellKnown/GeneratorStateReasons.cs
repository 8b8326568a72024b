namespace Ferry.Api.WellKnown;

/// <summary>Reasons of a GeneratorState's Ready condition.</summary>
public static class GeneratorStateReasons
{
    public const string Created = "Created";

    public const string Error = "Error";
}
