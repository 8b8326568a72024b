using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Printing;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>Watch streams: newline-delimited events, bookmarks, timeouts and 410 Gone for expired versions.</summary>
internal sealed partial class ApiHandler
{
    private async Task WatchAsync(HttpContext context, ResourceRequest request, ListQuery query, ResponseFormat format)
    {
        var rowObject = format.Shape == ResponseShape.Table ? RowObjectOf(context) : TableRowObject.Metadata;
        var headers = true;
        var type = request.Type;
        var store = _service.Store;
        var matcher = ObjectService.Matcher(request.Storage, query);
        long? from = null;
        if (HttpIo.Query(context, "resourceVersion") is { Length: > 0 } text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                throw ApiErrors.BadRequest($"resourceVersion: Invalid value: \"{text}\": must be a non-negative integer");
            }

            from = parsed;
        }

        var initialEvents = HttpIo.QueryBool(context, "sendInitialEvents");
        var bookmarks = HttpIo.QueryBool(context, "allowWatchBookmarks");
        var timeout = TimeSpan.FromMinutes(30 + Random.Shared.Next(30));
        if (HttpIo.Query(context, "timeoutSeconds") is { Length: > 0 } seconds
            && int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            timeout = TimeSpan.FromSeconds(s);
        }

        StoreWatcher? watcher;
        long compacted;
        lock (store.Gate)
        {
            watcher = store.Watch(request.Storage.GroupResource, new WatchFilter(query.Namespace, matcher), from, initialEvents);
            compacted = store.CompactedRevision;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(context.RequestAborted);
        // Clients (client-go's reflector among them) wait for the headers before they consider a watch open.
        await context.Response.Body.FlushAsync(context.RequestAborted);
        if (watcher is null)
        {
            var gone = ApiErrors.Expired($"too old resource version: {from} ({compacted})").ToStatus();
            await WriteEventAsync(context, "ERROR", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(gone));
            await context.Response.Body.FlushAsync(context.RequestAborted);
            return;
        }

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        ending.CancelAfter(timeout);
        var bookmarking = bookmarks ? BookmarkAsync(watcher, ending.Token) : Task.CompletedTask;
        try
        {
            var reader = watcher.Messages;
            while (await reader.WaitToReadAsync(ending.Token))
            {
                while (reader.TryRead(out var message))
                {
                    await WriteMessageAsync(context, type, message, format, rowObject, headers);
                    headers &= message.Type == WatchEventType.Bookmark;
                }

                await context.Response.Body.FlushAsync(ending.Token);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // timeoutSeconds elapsed, the client left or the server is stopping: the stream simply ends.
        }
        finally
        {
            lock (store.Gate)
            {
                store.StopWatch(watcher);
            }

            await ending.CancelAsync();
            await bookmarking;
        }
    }

    private async Task BookmarkAsync(StoreWatcher watcher, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_options.BookmarkInterval, _time, cancellationToken);
                lock (_service.Store.Gate)
                {
                    _service.Store.Bookmark(watcher);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The watch ended.
        }
    }

    private Task WriteMessageAsync(HttpContext context, ResourceType type, WatchMessage message, ResponseFormat format, TableRowObject rowObject, bool headers)
    {
        if (message.Type == WatchEventType.Bookmark)
        {
            var metadata = new JsonObject
            {
                ["resourceVersion"] = message.ResourceVersion.ToString(CultureInfo.InvariantCulture),
                ["creationTimestamp"] = null,
            };
            if (message.InitialEventsEnd)
            {
                metadata["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
            }

            var bookmark = BookmarkObject(type, format, metadata);
            return WriteEventAsync(context, "BOOKMARK", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(bookmark));
        }

        var name = message.Type switch
        {
            WatchEventType.Added => "ADDED",
            WatchEventType.Modified => "MODIFIED",
            _ => "DELETED",
        };
        return WriteEventAsync(context, name, WatchObject(type, message.Object!, format, rowObject, headers));
    }

    private static async Task WriteEventAsync(HttpContext context, string type, ReadOnlyMemory<byte> json)
    {
        var head = Encoding.ASCII.GetBytes($"{{\"type\":\"{type}\",\"object\":");
        var buffer = new byte[head.Length + json.Length + 2];
        head.CopyTo(buffer, 0);
        json.Span.CopyTo(buffer.AsSpan(head.Length));
        buffer[^2] = (byte)'}';
        buffer[^1] = (byte)'\n';
        await context.Response.Body.WriteAsync(buffer, context.RequestAborted);
    }
}
