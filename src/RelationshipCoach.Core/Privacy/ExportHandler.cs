using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Privacy;

/// <summary>"export my data": the person's own data as JSON, to them only.</summary>
public sealed class ExportHandler(IPersonalData data) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct) =>
    [
        new Reply
        {
            Kind = "privacy.export",
            Title = turn.Say("privacy.export.title"),
            Blocks = [new TextBlock(turn.Say("privacy.export.intro")), new TextBlock(await data.ExportAsync(turn.User.Id, ct), TextStyle.Preformatted)],
        },
    ];
}
