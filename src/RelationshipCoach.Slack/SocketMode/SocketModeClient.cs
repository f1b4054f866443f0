using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Slack.SocketMode;

/// <summary>
/// Socket Mode: keeps a WebSocket to Slack open (a fresh URL from apps.connections.open each time), acknowledges
/// every envelope, and reconnects when Slack asks to (disconnect) or the connection drops, with growing pauses.
/// </summary>
public sealed class SocketModeClient(SlackOptions options, SlackApiClient api, SocketEnvelopeHandler envelopes, ILogger<SocketModeClient> log) : BackgroundService
{
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var askedToReconnect = false;
            try
            {
                var url = await api.OpenSocketAsync(options.AppToken!, stoppingToken);
                if (url is not null)
                {
                    askedToReconnect = await RunConnectionAsync(url, () => failures = 0, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("The Slack Socket Mode connection dropped: {Reason}", e.Message);
            }
            if (stoppingToken.IsCancellationRequested) break;
            if (!askedToReconnect) await Task.Delay(Pause(++failures), stoppingToken);
        }
    }

    /// <summary>1 s, 2 s, 4 s … up to 30 s, with jitter so many instances do not reconnect in step.</summary>
    public static TimeSpan Pause(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxPause.TotalMilliseconds, 1000 * Math.Pow(2, Math.Min(failures - 1, 10))) * (0.75 + Random.Shared.NextDouble() / 2));

    /// <summary>True when Slack asked for a new connection, false when the socket closed.</summary>
    private async Task<bool> RunConnectionAsync(Uri url, Action connected, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, ct);
        var sending = new SemaphoreSlim(1, 1);
        var pending = new List<Task>();
        try
        {
            while (socket.State == WebSocketState.Open && await ReceiveAsync(socket, ct) is { } frame)
            {
                using var doc = JsonDocument.Parse(frame);
                switch (doc.RootElement.Text("type"))
                {
                    case "hello":
                        connected();
                        log.LogInformation("Connected to Slack over Socket Mode.");
                        break;
                    case "disconnect":
                        log.LogInformation("Slack asked for a new Socket Mode connection ({Reason}).", doc.RootElement.Text("reason"));
                        return true;
                    default:
                        pending.RemoveAll(t => t.IsCompleted);
                        pending.Add(AnswerAsync(socket, sending, doc.RootElement.Clone(), ct));
                        break;
                }
            }
            return false;
        }
        finally
        {
            await Task.WhenAll(pending);
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    private async Task AnswerAsync(ClientWebSocket socket, SemaphoreSlim sending, JsonElement envelope, CancellationToken ct)
    {
        try
        {
            if (await envelopes.HandleAsync(envelope, ct) is not { } ack) return;
            await sending.WaitAsync(ct);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, ct);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "A Socket Mode envelope could not be handled.");
        }
    }

    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        using var message = new MemoryStream();
        var buffer = new byte[8 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            if (message.Length + result.Count > VerifiedBody.MaxBytes) throw new IOException("A Socket Mode frame is larger than 1 MB.");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return message.ToArray();
        }
    }
}
