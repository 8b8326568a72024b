using Azure.Core;
using Azure.Core.Pipeline;

namespace Ferry.Providers.Azure.Auth;

/// <summary>
/// Watches one client's vault calls for a token the vault refused: a 401 to a request that carried one (revoked, or
/// expired before the credential thought so). Azure.Identity keeps serving its cached token until its own idea of
/// the expiry, so only a new credential helps; the client then reports itself expired and the pool rebuilds it.
/// The first call of the challenge flow goes out without a token on purpose, and its 401 is not counted.
/// </summary>
internal sealed class RefusedTokenWatch : HttpPipelineSynchronousPolicy
{
    private int _refused;

    public bool Refused => Volatile.Read(ref _refused) == 1;

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status == 401 && message.Request.Headers.Contains(HttpHeader.Names.Authorization))
        {
            Volatile.Write(ref _refused, 1);
        }
    }
}
