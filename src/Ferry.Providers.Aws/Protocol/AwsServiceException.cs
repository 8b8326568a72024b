using System.Net;

namespace Ferry.Providers.Aws.Protocol;

/// <summary>
/// An error answer from an AWS service: its error code (<c>ResourceNotFoundException</c>, <c>ParameterNotFound</c>)
/// and the service's message, which names resources but never carries secret values.
/// </summary>
public sealed class AwsServiceException : ProviderException
{
    public AwsServiceException()
    {
    }

    public AwsServiceException(string message)
        : base(message)
    {
    }

    public AwsServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AwsServiceException(string operation, string code, string serviceMessage, HttpStatusCode status)
        : base($"{operation}: {code}: {serviceMessage}")
    {
        Operation = operation;
        Code = code;
        ServiceMessage = serviceMessage;
        Status = status;
    }

    public string Operation { get; } = string.Empty;

    public string Code { get; } = string.Empty;

    public string ServiceMessage { get; } = string.Empty;

    public HttpStatusCode Status { get; }
}
