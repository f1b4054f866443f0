using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Answers a situation a rep describes (or "advise …") with guidance on the most relevant ideas.</summary>
public sealed class GuidanceHandler(ISituationAnalyzer analyzer, IGuidanceWriter writer, IGuidanceLog log) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var situation = CommandWords.Match("advise", turn.Text) ?? turn.Text;
        if (situation.Length == 0) return [AskForSituation(turn)];
        var analysis = analyzer.Analyze(situation, turn.Language);
        var replies = await writer.WriteAsync(situation, analysis, turn.Language, ct);
        await log.RecordShownAsync(turn.User.Id, replies, turn.Now, ct);
        return replies;
    }

    private static Reply AskForSituation(Turn turn) => new()
    {
        Kind = GuidanceKinds.Clarify,
        Blocks = [new TextBlock(turn.Say("guidance.describe"))],
    };
}
