using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Tests.Teams;

namespace RelationshipCoach.Tests.Digests;

/// <summary>A lead who adds the bot to a Teams team gets that team's roster as their team of reps.</summary>
public sealed class TeamRosterImportTests(TeamsBot bot) : IClassFixture<TeamsBot>
{
    [Fact]
    public async Task A_leads_Teams_roster_becomes_their_team_with_names_and_emails()
    {
        await using (var scope = bot.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
            var lead = await users.GetOrCreateAsync(new UserRef(Channels.Teams, TeamsActivities.Tenant, "aad-roster-lead"), default);
            await users.SaveAsync(lead with { Role = Role.Lead }, default);
        }
        bot.Channel.Members.AddRange(Enumerable.Range(1, 3).Select(i =>
            new JsonObject { ["id"] = $"29:rep-{i}", ["name"] = $"Rep {i}", ["aadObjectId"] = $"aad-rep-{i}", ["email"] = $"rep{i}@contoso.example" }));
        bot.Channel.Members.Add(new JsonObject { ["id"] = "29:roster-lead", ["name"] = "Roster Lead", ["aadObjectId"] = "aad-roster-lead" });
        var added = bot.Activities.Activity("conversationUpdate", "roster-lead", "channel", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId }),
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant },
                ["team"] = new JsonObject { ["id"] = "19:team-roster@thread.tacv2", ["name"] = "Sales" },
                ["eventType"] = "teamMemberAdded",
            },
        });
        (await bot.PostAsync(added)).EnsureSuccessStatusCode();

        await using var check = bot.Host.Services.CreateAsyncScope();
        var directory = check.ServiceProvider.GetRequiredService<IUserDirectory>();
        var leadId = (await directory.GetOrCreateAsync(new UserRef(Channels.Teams, TeamsActivities.Tenant, "aad-roster-lead"), default)).Id;
        // Activities are handled in the background, in order only within a conversation: wait until the roster is read.
        IReadOnlyList<TeamMembership> members = [];
        for (var attempt = 0; attempt < 60 && members.Count < 3; attempt++)
        {
            if (attempt > 0) await Task.Delay(250);
            members = await check.ServiceProvider.GetRequiredService<ITeamStore>().MembersAsync(leadId, Instant.MinValue, default);
        }
        var profiles = new List<UserProfile>();
        foreach (var m in members) profiles.Add((await directory.FindAsync(m.RepId, default))!);
        Assert.Equal(["Rep 1", "Rep 2", "Rep 3"], profiles.Select(p => p.DisplayName).Order());
        Assert.Equal("rep2@contoso.example", profiles.Single(p => p.DisplayName == "Rep 2").Email);
    }
}
