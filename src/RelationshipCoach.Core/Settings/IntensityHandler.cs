using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Settings;

/// <summary>"Remind me less / more": changes how insistent the coach is, and says back what that means.</summary>
public sealed class IntensityHandler(IUserDirectory users, Calls.EndOfDaySummaries summaries) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var intensity = CommandWords.Match("intensity-light", turn.Text) is not null ? NudgeIntensity.Light
            : CommandWords.Match("intensity-active", turn.Text) is not null ? NudgeIntensity.Active
            : NudgeIntensity.Standard;
        var updated = turn.User with { Intensity = intensity };
        await users.SaveAsync(updated, ct);
        if (intensity == NudgeIntensity.Active) await summaries.StartAsync(updated, ct);
        return [new Reply { Kind = "settings.intensity", Blocks = [new TextBlock(turn.Say("intensity.now." + intensity.ToString().ToLowerInvariant()))] }];
    }
}
