using System.Net;
using Ferry.Runtime.Client;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Runtime.Tests.Client;

public sealed class ApiErrorTests
{
    [Theory]
    [InlineData(404, "NotFound", ApiErrorKind.NotFound)]
    [InlineData(409, "Conflict", ApiErrorKind.Conflict)]
    [InlineData(409, "AlreadyExists", ApiErrorKind.AlreadyExists)]
    [InlineData(410, "Gone", ApiErrorKind.Gone)]
    [InlineData(403, "Forbidden", ApiErrorKind.Forbidden)]
    [InlineData(401, "Unauthorized", ApiErrorKind.Forbidden)]
    [InlineData(422, "Invalid", ApiErrorKind.Invalid)]
    [InlineData(400, "BadRequest", ApiErrorKind.Invalid)]
    [InlineData(429, "TooManyRequests", ApiErrorKind.TooManyRequests)]
    [InlineData(500, "InternalError", ApiErrorKind.Transient)]
    [InlineData(503, "ServiceUnavailable", ApiErrorKind.Transient)]
    [InlineData(504, "Timeout", ApiErrorKind.Transient)]
    public void Classify_HttpOperationException_UsesCodeAndReason(int code, string reason, ApiErrorKind expected)
    {
        var exception = new HttpOperationException("failed")
        {
            Response = new HttpResponseMessageWrapper(new HttpResponseMessage((HttpStatusCode)code), $$"""{"kind":"Status","reason":"{{reason}}","code":{{code}}}"""),
        };

        Assert.Equal(expected, ApiError.Classify(exception));
    }

    [Fact]
    public void Classify_ConflictWithoutBody_IsConflict()
    {
        var exception = new HttpOperationException("failed") { Response = new HttpResponseMessageWrapper(new HttpResponseMessage(HttpStatusCode.Conflict), "") };

        Assert.Equal(ApiErrorKind.Conflict, ApiError.Classify(exception));
    }

    [Theory]
    [InlineData(410, "Expired", ApiErrorKind.Gone)]
    [InlineData(0, "Expired", ApiErrorKind.Gone)]
    [InlineData(500, "InternalError", ApiErrorKind.Transient)]
    public void Classify_WatchStatus_UsesCodeAndReason(int code, string reason, ApiErrorKind expected)
    {
        var exception = new KubernetesException(new V1Status { Code = code == 0 ? null : code, Reason = reason });

        Assert.Equal(expected, ApiError.Classify(exception));
    }

    [Fact]
    public void Classify_NetworkFaults_AreTransient()
    {
        Assert.Equal(ApiErrorKind.Transient, ApiError.Classify(new HttpRequestException("reset")));
        Assert.Equal(ApiErrorKind.Transient, ApiError.Classify(new IOException("eof")));
        Assert.Equal(ApiErrorKind.Transient, ApiError.Classify(new TaskCanceledException("timeout", new TimeoutException())));
    }

    [Fact]
    public void Classify_OtherExceptions_AreUnknown()
    {
        Assert.Equal(ApiErrorKind.Unknown, ApiError.Classify(new InvalidOperationException()));
        Assert.Equal(ApiErrorKind.Unknown, ApiError.Classify(new OperationCanceledException()));
    }
}
