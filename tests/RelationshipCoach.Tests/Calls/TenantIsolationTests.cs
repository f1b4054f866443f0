using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Calls;

/// <summary>The same user id in two workspaces is two people: neither sees, nor acts on, the other's calls.</summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public async Task The_same_user_id_in_two_workspaces_never_sees_or_touches_the_others_calls()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?> { ["Reminders:ConfirmAfter"] = "01:00:00" });
        var first = new UserRef(Channels.Slack, "T-ACME", "U123");
        var second = new UserRef(Channels.Slack, "T-GLOBEX", "U123");

        var logged = (await SayAsync(host, first, "just got off a call with Initech about the TPS reports")).Single(r => r.Kind == "call.logged");
        var callId = logged.Actions.First(a => a.Id == "call.sent").Values["callId"];

        var othersList = await SayAsync(host, second, "my open items");
        Assert.DoesNotContain("Initech", Plain(othersList));
        var othersClick = await SayAsync(host, second, "", new InboundAction("call.sent", new Dictionary<string, string> { ["callId"] = callId }));
        Assert.Equal("error.not-yours", Assert.Single(othersClick).Kind);
        var othersHistory = await SayAsync(host, second, "history");
        Assert.DoesNotContain("Initech", Plain(othersHistory));

        var ownList = await SayAsync(host, first, "my open items");
        Assert.Contains("Initech", Plain(ownList));
    }

    private static async Task<IReadOnlyList<Reply>> SayAsync(CoachFactory host, UserRef user, string text, InboundAction? action = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var coach = scope.ServiceProvider.GetRequiredService<Coach>();
        return await coach.HandleAsync(new Inbound(user, text, DateTimeOffset.UtcNow) { Action = action, Locale = "en" }, default);
    }

    private static string Plain(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => r.PlainText));
}
