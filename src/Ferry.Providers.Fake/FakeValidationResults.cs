namespace Ferry.Providers.Fake;

/// <summary>The integers of spec.provider.fake.validationResult (ESO's ValidationResult enum).</summary>
internal static class FakeValidationResults
{
    public const int Ready = 0;
    public const int Unknown = 1;
    public const int Error = 2;
}
