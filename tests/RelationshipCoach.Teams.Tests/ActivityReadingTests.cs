using System.Text.Json;
using RelationshipCoach.Teams.Activities;

namespace RelationshipCoach.Teams.Tests;

public sealed class ActivityReadingTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;

    [Fact]
    public void Only_the_bots_own_mention_is_removed()
    {
        var activity = Read("""
            {"type":"message","text":"<at>Coach</at> call <at>Dana</at> about pricing",
             "recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","text":"<at>Coach</at>","mentioned":{"id":"28:bot","name":"Coach"}},
                         {"type":"mention","text":"<at>Dana</at>","mentioned":{"id":"29:dana","name":"Dana"}}]}
            """);

        Assert.True(MentionText.MentionsBot(activity));
        Assert.Equal("call <at>Dana</at> about pricing", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void A_mention_without_text_is_found_by_the_bots_name()
    {
        var activity = Read("""{"text":"<AT>Coach</AT> help","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:BOT","name":"Coach"}}]}""");

        Assert.Equal("help", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void A_message_mentioning_someone_else_does_not_mention_the_bot()
    {
        var activity = Read("""{"text":"<at>Dana</at> help","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"29:dana","name":"Dana"}}]}""");

        Assert.False(MentionText.MentionsBot(activity));
    }

    [Fact]
    public void An_execute_carries_its_verb_and_its_data_with_the_inputs_as_strings()
    {
        var activity = Read("""
            {"type":"invoke","name":"adaptiveCard/action",
             "value":{"action":{"type":"Action.Execute","verb":"call.log","data":{"client":"Acme","count":3,"msteams":{"x":1},"none":null}}}}
            """);

        var action = InboundMapper.ExecuteAction(activity)!;

        Assert.True(InboundMapper.IsExecute(activity));
        Assert.Equal("call.log", action.Id);
        Assert.Equal(new Dictionary<string, string> { ["client"] = "Acme", ["count"] = "3" }, action.Values);
    }

    [Fact]
    public void A_submit_names_its_action_in_the_data_and_the_rest_are_values()
    {
        var activity = Read("""{"type":"message","value":{"action":"call.sent","callId":"7","topic":"pricing"}}""");

        var action = InboundMapper.SubmitAction(activity)!;

        Assert.Equal("call.sent", action.Id);
        Assert.Equal(new Dictionary<string, string> { ["callId"] = "7", ["topic"] = "pricing" }, action.Values);
    }

    [Fact]
    public void A_message_without_submit_data_has_no_action()
    {
        Assert.Null(InboundMapper.SubmitAction(Read("""{"type":"message","text":"help"}""")));
        Assert.Null(InboundMapper.SubmitAction(Read("""{"type":"message","value":{"callId":"7"}}""")));
    }

    [Fact]
    public void The_end_of_a_meeting_carries_title_end_time_and_the_meeting_id_from_channel_data()
    {
        var activity = Read("""
            {"type":"event","name":"application/vnd.microsoft.meetingEnd",
             "from":{"id":"29:org","aadObjectId":"aad-org"},"conversation":{"id":"19:meeting","tenantId":"t1"},
             "value":{"id":"not-this-one","Title":"Acme QBR","EndTime":"2026-11-26T16:00:00+01:00"},
             "channelData":{"meeting":{"id":"MCMxOTp"}}}
            """);

        var action = InboundMapper.MeetingEnded(activity);

        Assert.Equal("call.meeting-ended", action.Id);
        Assert.Equal(new Dictionary<string, string> { ["title"] = "Acme QBR", ["endTime"] = "2026-11-26T15:00:00.0000000+00:00", ["meetingId"] = "MCMxOTp" }, action.Values);
        Assert.Equal(new Core.Conversation.UserRef("teams", "t1", "aad-org"), InboundMapper.User(activity));
    }

    [Fact]
    public void Locale_and_time_zone_come_from_the_activity_or_its_client_info()
    {
        var activity = Read("""{"from":{"id":"29:u","name":"Uma"},"channelData":{"tenant":{"id":"t2"}},"entities":[{"type":"clientInfo","locale":"de-DE","timezone":"Europe/Berlin"}]}""");

        var inbound = InboundMapper.Inbound(activity, "hallo", null, DateTimeOffset.UnixEpoch);

        Assert.Equal(("de-DE", "Europe/Berlin", "Uma", "t2", "29:u"), (inbound.Locale, inbound.TimeZone, inbound.DisplayName, inbound.User.Tenant, inbound.User.UserId));
    }
}
