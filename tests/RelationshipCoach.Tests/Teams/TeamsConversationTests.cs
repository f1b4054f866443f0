using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Tests.Teams;

/// <summary>Conversations through the real path: signed activity → /api/messages → Coach → connector calls with Adaptive Cards.</summary>
public sealed class TeamsConversationTests(TeamsBot bot) : IClassFixture<TeamsBot>
{
    [Fact]
    public async Task Help_is_answered_with_an_adaptive_card_threaded_under_the_message_with_the_app_token()
    {
        var reply = await bot.SayAsync("help-rep", "help");

        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("/v3/conversations/a:personal-help-rep/activities/", reply.Path);
        Assert.Equal("Bearer " + FakeTeamsChannel.AppToken, reply.Authorization);
        var attachment = reply.Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)attachment["contentType"]!);
        Assert.Equal("1.5", (string)reply.Card["version"]!);
        Assert.Equal("Your relationship coach", (string)reply.Card["body"]![0]!["text"]!);
        Assert.StartsWith("Your relationship coach", (string)reply.Body["summary"]!);
        Assert.Null(reply.Body["text"]);
        Assert.Contains(reply.Card["actions"]!.AsArray(), a => (string)a!["type"]! == "Action.Execute" && (string)a["verb"]! == "call.form");
    }

    [Fact]
    public async Task A_logged_call_is_confirmed_by_its_button_and_the_card_is_replaced_in_the_invoke_response()
    {
        var logged = await bot.SayAsync("call-rep", "call Acme pricing");
        Assert.Contains("Logged your call with Acme about pricing", logged.CardText);

        var click = await bot.PostAsync(bot.Activities.Execute("call-rep", TeamsBot.Action(logged.Card, "call.sent")));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var response = (await click.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, (int)response["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)response["type"]!);
        Assert.Contains("the written confirmation to Acme is sent", response["value"]!["body"]![0]!["text"]!.GetValue<string>());
        var open = await bot.SayAsync("call-rep", "my open items");
        Assert.DoesNotContain("Acme", open.CardText);
    }

    [Fact]
    public async Task An_action_submit_updates_the_card_it_came_from()
    {
        var logged = await bot.SayAsync("submit-rep", "call Globex renewal");
        var callId = (string)TeamsBot.Action(logged.Card, "call.sent")["data"]!["callId"]!;
        var submit = bot.Activities.Message("submit-rep", "");
        submit["replyToId"] = "card-42";
        submit["value"] = new JsonObject { ["action"] = "call.sent", ["callId"] = callId };

        (await bot.PostAsync(submit)).EnsureSuccessStatusCode();

        var update = await bot.Channel.WaitForAsync(c => c.Method == "PUT");
        Assert.Equal("/v3/conversations/a:personal-submit-rep/activities/card-42", update.Path);
        Assert.Contains("the written confirmation to Globex is sent", update.CardText);
    }

    [Fact]
    public async Task A_form_submitted_by_execute_carries_its_inputs_and_posts_the_result_as_a_new_card()
    {
        var form = await bot.SayAsync("form-rep", "call");
        var submit = TeamsBot.Action(form.Card, "call.log");

        var click = await bot.PostAsync(bot.Activities.Execute("form-rep", submit, new Dictionary<string, string> { ["client"] = "Initech", ["topic"] = "pilot" }));

        var response = (await click.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string)response["type"]!);
        var posted = await bot.Channel.WaitForAsync(c => c.Path == "/v3/conversations/a:personal-form-rep/activities" && c.CardText.Contains("Initech"));
        Assert.Contains("Logged your call with Initech about pilot", posted.CardText);
    }

    [Fact]
    public async Task In_a_channel_the_bot_answers_only_when_mentioned_and_reads_the_text_without_the_mention()
    {
        var unmentioned = bot.Activities.Message("channel-rep", "help", "channel");
        (await bot.PostAsync(unmentioned)).EnsureSuccessStatusCode();
        var mentioned = bot.Activities.Message("channel-rep", "<at>Coach</at> help", "channel", TeamsActivities.BotMention());
        (await bot.PostAsync(mentioned)).EnsureSuccessStatusCode();

        var reply = await bot.Channel.WaitForAsync(c => c.Path.EndsWith("/activities/" + (string)mentioned["id"]!));
        Assert.Equal("Your relationship coach", (string)reply.Card["body"]![0]!["text"]!);
        // The worker handles activities in order, so the unmentioned one was done (silently) before this reply.
        Assert.DoesNotContain(bot.Channel.Calls, c => c.Path.EndsWith("/activities/" + (string)unmentioned["id"]!));
    }

    [Fact]
    public async Task A_redelivered_activity_is_handled_once()
    {
        var message = bot.Activities.Message("dup-rep", "call Umbrella audit");
        (await bot.PostAsync(message)).EnsureSuccessStatusCode();
        (await bot.PostAsync(message)).EnsureSuccessStatusCode();
        await bot.SayAsync("dup-rep", "help");

        Assert.Single(bot.Channel.Calls, c => c.Path.EndsWith("/activities/" + (string)message["id"]!));
    }

    [Fact]
    public async Task A_throttled_send_is_retried()
    {
        bot.Channel.FailNext(429, 503);
        var reply = await bot.SayAsync("throttled-rep", "help");

        Assert.Equal(3, bot.Channel.Calls.Count(c => c.Path == reply.Path));
    }

    [Fact]
    public async Task Installing_the_app_welcomes_the_person_once_and_remembers_their_chat_for_proactive_messages()
    {
        var installation = bot.Activities.Activity("installationUpdate", "install-rep", fields: new JsonObject { ["action"] = "add" });
        var added = bot.Activities.Activity("conversationUpdate", "install-rep", fields: new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId }),
        });
        (await bot.PostAsync(installation)).EnsureSuccessStatusCode();
        (await bot.PostAsync(added)).EnsureSuccessStatusCode();
        // The worker handles activities in order: once a later message is answered, both install events are done.
        await bot.SayAsync("install-marker", "help");

        await using (var scope = bot.Host.Services.CreateAsyncScope())
        {
            var user = new UserRef(Channels.Teams, TeamsActivities.Tenant, "aad-install-rep");
            await scope.ServiceProvider.GetRequiredService<IMessenger>()
                .SendAsync(user, new Reply { Kind = "nudge", Title = "Proactive hello" }, CancellationToken.None);
        }

        var proactive = await bot.Channel.WaitForAsync(c => c.CardText.Contains("Proactive hello"));
        Assert.Equal("/v3/conversations/a:personal-install-rep/activities", proactive.Path);
        var welcomes = bot.Channel.Calls.Where(c => c.Path == proactive.Path && c.CardText.Contains("Your relationship coach")).ToList();
        Assert.Single(welcomes);
    }

    [Fact]
    public async Task Added_to_a_team_the_bot_welcomes_the_channel_reads_the_roster_and_can_reach_members_in_a_new_1_on_1_chat()
    {
        bot.Channel.Members.AddRange(Enumerable.Range(1, 3).Select(i =>
            new JsonObject { ["id"] = $"29:member-{i}", ["name"] = $"Member {i}", ["aadObjectId"] = $"aad-member-{i}" }));
        var added = bot.Activities.Activity("conversationUpdate", "team-owner", "channel", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId }),
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant },
                ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Sales" },
                ["eventType"] = "teamMemberAdded",
            },
        });
        (await bot.PostAsync(added)).EnsureSuccessStatusCode();

        var welcome = await bot.Channel.WaitForAsync(c => c.Path == "/v3/conversations/19:shared-channel@thread.tacv2/activities");
        Assert.Contains("Your relationship coach", welcome.CardText);
        // A conversation's activities are handled in order: once a later message there is answered, the roster has been stored.
        var marker = bot.Activities.Message("team-owner", "<at>Coach</at> help", "channel", TeamsActivities.BotMention());
        (await bot.PostAsync(marker)).EnsureSuccessStatusCode();
        await bot.Channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)marker["id"]!));
        var pages = bot.Channel.Calls.Where(c => c.Path.StartsWith("/v3/conversations/19:team-general@thread.tacv2/pagedmembers")).ToList();
        Assert.Equal(2, pages.Count);

        await using (var scope = bot.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessenger>().SendAsync(
                new UserRef(Channels.Teams, TeamsActivities.Tenant, "aad-member-3"), new Reply { Title = "Digest for you" }, CancellationToken.None);

        var create = bot.Channel.Calls.Last(c => c.Path == "/v3/conversations");
        Assert.Equal("29:member-3", (string)create.Body!["members"]![0]!["id"]!);
        Assert.Equal(TeamsActivities.Tenant, (string)create.Body["tenantId"]!);
        Assert.False((bool)create.Body["isGroup"]!);
        var sent = await bot.Channel.WaitForAsync(c => c.CardText.Contains("Digest for you"));
        Assert.Matches("^/v3/conversations/a:created-\\d+/activities$", sent.Path);
    }

    [Fact]
    public async Task The_end_of_a_meeting_reaches_the_coach_for_the_organizer_in_their_1_on_1_chat()
    {
        await bot.SayAsync("organizer", "help");
        var ended = bot.Activities.Activity("event", "organizer", "groupChat", new JsonObject
        {
            ["name"] = "application/vnd.microsoft.meetingEnd",
            ["value"] = new JsonObject { ["Id"] = "value-id", ["Title"] = "Acme QBR", ["EndTime"] = "2026-11-26T15:00:00Z", ["MeetingType"] = "Scheduled" },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant },
                ["meeting"] = new JsonObject { ["id"] = "MCMxOTptZWV0aW5n" },
            },
        });
        (await bot.PostAsync(ended)).EnsureSuccessStatusCode();

        var answer = await bot.Channel.WaitForAsync(c => c.CardText.Contains("Your meeting \"Acme QBR\" just ended"));
        Assert.Equal("/v3/conversations/a:personal-organizer/activities", answer.Path);
    }
}
