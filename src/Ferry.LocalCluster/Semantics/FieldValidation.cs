namespace Ferry.LocalCluster.Semantics;

/// <summary>The <c>fieldValidation</c> query parameter: what to do with fields the schema does not know.</summary>
internal enum FieldValidation
{
    Warn,
    Ignore,
    Strict,
}
