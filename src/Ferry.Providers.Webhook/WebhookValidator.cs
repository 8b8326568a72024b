using System.Net.Sockets;

namespace Ferry.Providers.Webhook;

/// <summary>ESO's Validate (esutils.NetworkValidate): can a TCP connection to the URL's host and port be opened?</summary>
internal static class WebhookValidator
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task<ClientValidation> ValidateAsync(string url, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new ClientValidation(ClientValidationOutcome.Error, "failed to parse url");
        }

        using var deadline = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(uri.Host, uri.Port, linked.Token);
            return ClientValidation.Ready;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ClientValidation(ClientValidationOutcome.Error, $"error: dial tcp {uri.Host}:{uri.Port}: {(ex is SocketException s ? s.SocketErrorCode.ToString() : "timeout")}");
        }
    }
}
