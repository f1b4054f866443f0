using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Settings;

/// <summary>"Remind me less / more": changes how insistent the coach is, and says back what that means.</summary>
public sealed class IntensityHandler(IUserDirectory users) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var intensity = CommandWords.Match("intensity-light", turn.Text) is not null ? NudgeIntensity.Light
            : CommandWords.Match("intensity-active", turn.Text) is not null ? NudgeIntensity.Active
            : NudgeIntensity.Standard;
        await users.SaveAsync(turn.User with { Intensity = intensity }, ct);
        return [new Reply { Kind = "settings.intensity", Blocks = [new TextBlock(turn.Say("intensity.now." + intensity.ToString().ToLowerInvariant()))] }];
    }
}
