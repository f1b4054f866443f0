using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Looks at the same situation through the next most relevant idea the rep has not seen yet.</summary>
public sealed class AnotherAngleHandler(ISituationAnalyzer analyzer, GuidanceReplyBuilder builder, IGuidanceLog log) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var situation = turn.Action!.Value(GuidanceActions.TextKey);
        if (situation is null || situation.Length > GuidanceReplyBuilder.MaximumCarriedText)
            return [new Reply { Kind = GuidanceKinds.Clarify, Blocks = [new TextBlock(turn.Say("guidance.describe"))] }];
        var excluded = (turn.Action.Value(GuidanceActions.ExcludeKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var analysis = analyzer.Analyze(situation, turn.Language);
        var reply = builder.AnotherAngle(analysis, excluded, turn.Language, situation);
        await log.RecordShownAsync(turn.User.Id, [reply], turn.Now, ct);
        return [reply];
    }
}
