using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Slack.Commands;
using RelationshipCoach.Slack.Events;
using RelationshipCoach.Slack.Interactivity;

namespace RelationshipCoach.Slack.SocketMode;

/// <summary>Gives a Socket Mode envelope to the same handler its HTTP request would reach, and builds the acknowledgement.</summary>
public sealed class SocketEnvelopeHandler(SlackEventIntake events, SlashCommandHandler commands, InteractivityHandler interactivity)
{
    /// <summary>The ack to send back, or null for frames that need none (hello, disconnect, unknown types).</summary>
    public async Task<JsonObject?> HandleAsync(JsonElement envelope, CancellationToken ct)
    {
        if (envelope.Text("envelope_id") is not { } envelopeId) return null;
        var payload = envelope.Child("payload");
        JsonObject? answer = envelope.Text("type") switch
        {
            "events_api" => AcceptEvent(envelope, payload),
            "slash_commands" when SlashCommand.FromJson(payload) is { } command => await commands.HandleAsync(command, ct),
            "interactive" => await interactivity.HandleAsync(payload, ct),
            _ => null,
        };
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (answer is not null && envelope.Flag("accepts_response_payload")) ack["payload"] = answer;
        return ack;
    }

    private JsonObject? AcceptEvent(JsonElement envelope, JsonElement payload)
    {
        int? retry = envelope.TryGetProperty("retry_attempt", out var r) && r.ValueKind == JsonValueKind.Number && r.GetInt32() > 0 ? r.GetInt32() : null;
        events.Accept(Encoding.UTF8.GetBytes(payload.GetRawText()), retry);
        return null;
    }
}
