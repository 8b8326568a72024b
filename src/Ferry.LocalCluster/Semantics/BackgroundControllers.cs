using System.Threading.Channels;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics;

/// <summary>
/// The controller manager's loop: garbage collection and namespace cleanup run here, after the write that caused
/// them has returned, as kube-controller-manager runs them beside the API server. Writes only wake the loop; bursts
/// of wake-ups coalesce into one pass.
/// </summary>
internal sealed class BackgroundControllers : IAsyncDisposable
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public BackgroundControllers(ObjectService service)
    {
        service.OnBackgroundWork(() => _wake.Writer.TryWrite(true));
        _loop = Task.Run(() => RunAsync(service));
        _wake.Writer.TryWrite(true);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _wake.Writer.TryComplete();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync(ObjectService service)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(_stop.Token))
            {
                _wake.Reader.TryRead(out _);
                try
                {
                    service.RunControllers();
                }
                catch (ApiException)
                {
                    // A controller step that lost a race with an API call (the object went away): the next pass retries.
                    _wake.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }
}
