using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>The coach host configured as a real Teams bot against a fake channel, and the activities Teams would send it.</summary>
public sealed class TeamsBot : IAsyncLifetime
{
    public FakeTeamsChannel Channel { get; private set; } = null!;
    public CoachFactory Host { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public TeamsActivities Activities => new(Channel.ServiceUrl);

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = CoachFactory.With(Channel.BotSettings());
        Http = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) => Http.SendAsync(Channel.Post(activity, token));

    /// <summary>Sends a message and returns the reply the bot posts for it.</summary>
    public async Task<ConnectorCall> SayAsync(string user, string text)
    {
        var message = Activities.Message(user, text);
        (await PostAsync(message)).EnsureSuccessStatusCode();
        return await Channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)message["id"]!));
    }

    public static JsonObject Action(JsonObject card, string verb) =>
        card["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["verb"] == verb);
}
