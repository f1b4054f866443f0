using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Digests;

/// <summary>
/// Two Slack workspaces that happen to use the same user ids: each lead sees only their own team, names resolve only
/// within the lead's workspace, and one person on two channels counts once when both channels verified the same email.
/// </summary>
public sealed class DigestPrivacyTests
{
    private static readonly Dictionary<string, string?> TwoWorkspaces = new()
    {
        ["RepTeams:Seed:1:Lead"] = "slack/T1/ULEAD",
        ["RepTeams:Seed:1:Members:0"] = "slack/T1/U1",
        ["RepTeams:Seed:2:Lead"] = "slack/T2/ULEAD",
        ["RepTeams:Seed:2:Members:0"] = "slack/T2/U1",
    };

    [Fact]
    public async Task Each_lead_sees_only_their_own_workspaces_team_even_with_the_same_user_ids()
    {
        await using var host = CoachFactory.With(TwoWorkspaces);
        host.CreateClient();

        await SayAsync(host, Slack("T1", "U1"), "call Globex pricing", email: "una@one.example");
        await SayAsync(host, Slack("T2", "U1"), "call Initrode renewal", email: "uno@two.example");
        await SayAsync(host, Slack("T2", "U2"), "hello", name: "Zed");

        var one = await SayAsync(host, Slack("T1", "ULEAD"), "send my digest now");
        Assert.Equal("digest", one.Kind);
        Assert.Contains("1 calls", one.PlainText);
        var two = await SayAsync(host, Slack("T2", "ULEAD"), "send my digest now");
        Assert.Contains("1 calls", two.PlainText);
        Assert.Equal("team.unknown", (await SayAsync(host, Slack("T1", "ULEAD"), "add <@U2> to my team")).Kind);
        Assert.Equal("team.added", (await SayAsync(host, Slack("T2", "ULEAD"), "add <@U2> to my team")).Kind);

        var repOfOne = await SayAsync(host, Slack("T1", "U1"), "who sees my data");
        Assert.Contains("ULEAD", repOfOne.PlainText);
        Assert.Equal("digest.not-a-lead", (await SayAsync(host, Slack("T1", "U1"), "send my digest now")).Kind);
    }

    [Fact]
    public async Task One_person_on_two_channels_with_the_same_email_counts_once_with_the_calls_of_both()
    {
        await using var host = CoachFactory.With(TwoWorkspaces);
        host.CreateClient();

        await SayAsync(host, Slack("T1", "U1"), "call Globex pricing", email: "una@one.example", name: "Una");
        await SayAsync(host, new UserRef(Channels.Teams, "tenant-1", "aad-una"), "call Hooli onboarding", email: "UNA@one.example", name: "Una");

        var digest = await SayAsync(host, Slack("T1", "ULEAD"), "send my digest now");
        Assert.Single(digest.Facts);
        Assert.Contains("2 calls", digest.Facts[0].Value);
        var who = await SayAsync(host, new UserRef(Channels.Teams, "tenant-1", "aad-una"), "who sees my data");
        Assert.Contains("ULEAD", who.PlainText);
    }

    private static UserRef Slack(string workspace, string user) => new(Channels.Slack, workspace, user);

    private static async Task<Reply> SayAsync(CoachFactory host, UserRef who, string text, string? email = null, string? name = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var coach = scope.ServiceProvider.GetRequiredService<Coach>();
        var replies = await coach.HandleAsync(new Inbound(who, text, DateTimeOffset.UtcNow) { Locale = "en", Email = email, DisplayName = name }, default);
        return replies[0];
    }
}
