using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Starts an engagement from the one-liner or the form; asks with the form for whatever is missing or wrong, keeping what was right.</summary>
public sealed class NewEngagementHandler(EngagementCreation creation) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var draft = turn.Action switch
        {
            { Id: "engagement.create" } action => EngagementDraft.FromValues(action.Value),
            { } action => new EngagementDraft { Client = action.Value(GuidanceActions.ClientKey) },
            null => EngagementOneLiner.Read(turn.Text) ?? new EngagementDraft(),
        };
        var startsEmpty = turn.Action is { Id: not "engagement.create" } || (turn.Action is null && draft.Client is null);
        if (startsEmpty) return [EngagementForm.Build(turn, draft, new Dictionary<string, Problem>())];

        var (created, problems) = await creation.CreateAsync(turn, draft, ct);
        if (created is null) return [EngagementForm.Build(turn, draft, problems)];
        var intro = turn.Say("engagement.created", created.Title, created.Phases.Count,
            EngagementDates.When(created.NextCheckInAt!.Value, turn.Language, turn.Zone));
        return [PlanReply.Build(created, turn.Language, turn.Zone, intro) with { ReplacesSource = turn.Action is not null }];
    }
}
