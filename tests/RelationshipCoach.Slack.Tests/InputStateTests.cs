using System.Text.Json;
using RelationshipCoach.Slack.Interactivity;

namespace RelationshipCoach.Slack.Tests;

public sealed class InputStateTests
{
    [Fact]
    public void Reads_every_kind_of_input_by_its_block_id()
    {
        using var state = JsonDocument.Parse("""
            {"values":{
              "client":{"client":{"type":"plain_text_input","value":"Acme"}},
              "day":{"day":{"type":"datepicker","selected_date":"2026-11-23"}},
              "at":{"at":{"type":"timepicker","selected_time":"14:05"}},
              "language":{"language":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Deutsch"},"value":"de"}}},
              "empty":{"empty":{"type":"plain_text_input","value":null}}
            }}
            """);

        var values = InputState.Read(state.RootElement);

        Assert.Equal(new Dictionary<string, string> { ["client"] = "Acme", ["day"] = "2026-11-23", ["at"] = "14:05", ["language"] = "de" }, values);
    }
}
