namespace Ferry.Schemas.Tests;

public sealed class FieldErrorTests
{
    [Fact]
    public void ToString_NotSupported_ListsQuotedValues()
    {
        var error = new FieldError("spec.target.creationPolicy", FieldErrorType.NotSupported, "\"Foo\"", "supported values: \"Owner\", \"Orphan\"");

        Assert.Equal("spec.target.creationPolicy: Unsupported value: \"Foo\": supported values: \"Owner\", \"Orphan\"", error.ToString());
        Assert.Equal("FieldValueNotSupported", error.Reason);
    }

    [Theory]
    [InlineData(FieldErrorType.Required, "Required value: must be set")]
    [InlineData(FieldErrorType.Forbidden, "Forbidden: must be set")]
    [InlineData(FieldErrorType.TooLong, "Too long: must be set")]
    [InlineData(FieldErrorType.Invalid, "Invalid value: \"x\": must be set")]
    [InlineData(FieldErrorType.TypeInvalid, "Invalid value: \"x\": must be set")]
    [InlineData(FieldErrorType.Duplicate, "Duplicate value: \"x\": must be set")]
    public void Body_ByType_OmitsValueWhereKubernetesDoes(FieldErrorType type, string expected)
    {
        Assert.Equal(expected, new FieldError("a", type, "\"x\"", "must be set").Body);
    }

    [Fact]
    public void ToString_EmptyPath_PrintsNil()
    {
        Assert.Equal("<nil>: Invalid value: \"object\": boom", new FieldError("", FieldErrorType.Invalid, "\"object\"", "boom").ToString());
    }
}
