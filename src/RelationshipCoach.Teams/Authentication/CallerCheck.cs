using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RelationshipCoach.Teams.Activities;

namespace RelationshipCoach.Teams.Authentication;

/// <summary>
/// Decides whether a request may be processed at all: with an app id, only with a valid Bot Connector token; without
/// one (local trying with the Emulator or Teams App Test Tool, which send no token), only from this machine.
/// </summary>
public sealed class CallerCheck(IOptions<TeamsOptions> options, BotTokenValidator tokens)
{
    /// <summary>The checks that need no body, made before reading it: the caller is local, or it brings a token at all.</summary>
    public bool MayRead(HttpContext http) =>
        options.Value.IsLocal ? IsLoopback(http) : http.Request.Headers.Authorization.Count > 0;

    public async Task<bool> IsAllowedAsync(HttpContext http, Activity activity, CancellationToken ct) =>
        options.Value.IsLocal
            ? IsLoopback(http)
            : await tokens.IsValidAsync(http.Request.Headers.Authorization.ToString(), activity.ServiceUrl, activity.ChannelId, ct);

    /// <summary>A connection without a remote address (an in-memory test server) is not loopback: nothing proves it is local.</summary>
    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
}
