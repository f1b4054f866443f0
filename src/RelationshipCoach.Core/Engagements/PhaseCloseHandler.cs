using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Closes the current phase (done, the next one starts) or extends it to a new end date, from a check-in or the plan.</summary>
public sealed class PhaseCloseHandler(RepEngagements engagements, IEngagementStore store, EngagementUpdates updates, ITimeExpressionRecognizer recognizer) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var (checkIn, engagement) = await FindAsync(turn, ct);
        if (engagement is null) return [RepEngagements.NotFound(turn)];
        if (engagement.CurrentPhase is not { } current) return [CheckInAnswering.Completed(turn, engagement)];
        var index = checkIn?.PhaseIndex ?? current.Index;
        if (engagement.Phases[index].Status == PhaseStatus.Done)
            return [new Reply { Kind = "engagement.phase.closed", Blocks = [new TextBlock(turn.Say("phase.already-closed", engagement.Phases[index].Name))] }];

        var action = turn.Action!;
        var answered = Answered(turn, engagement, checkIn, index);
        if (action.Id == "checkin.extend") return [await ExtendAsync(turn, engagement, index, answered, ct)];

        var closed = PhaseClosing.Close(engagement, index);
        var saved = await updates.SaveAsync(turn, closed, answered, replan: true, ct);
        if (saved is null) return [EngagementUpdates.Conflict(turn)];
        return [saved.Status == EngagementStatus.Completed ? Retrospective(turn, saved) : Started(turn, saved, index)];
    }

    private async Task<(CheckIn?, Engagement?)> FindAsync(Turn turn, CancellationToken ct)
    {
        if (await engagements.FindCheckInAsync(turn, ct) is var (checkIn, engagement)) return (checkIn, engagement);
        var byId = await engagements.FindAsync(turn, ct);
        return (byId is null ? null : await store.GetOpenCheckInAsync(byId.Id, ct), byId);
    }

    /// <summary>Closing or extending answers the check-in that asked, with the fields the rep filled in.</summary>
    private static CheckIn[] Answered(Turn turn, Engagement engagement, CheckIn? checkIn, int index)
    {
        if (checkIn is null || checkIn.PhaseIndex != index) return [];
        return
        [
            checkIn with
            {
                State = checkIn.State == CheckInState.Missed ? CheckInState.Missed : CheckInState.Answered,
                NextAskAt = null,
                AnsweredAt = turn.Now,
                ClientUpdated = turn.Action!.Value("clientUpdated") switch { "yes" => true, "no" => false, _ => checkIn.ClientUpdated },
                Note = turn.Action.Value("note") ?? checkIn.Note,
                Health = checkIn.Health ?? engagement.Phases[index].Health,
            },
        ];
    }

    private async Task<Reply> ExtendAsync(Turn turn, Engagement engagement, int index, CheckIn[] answered, CancellationToken ct)
    {
        var written = turn.Action!.Value("newEnd");
        var newEnd = EngagementDates.Read(written, recognizer, turn.Language, turn.LocalNow, turn.Zone);
        if (newEnd is null) return PhaseHandler.Form(turn, engagement, index, turn.Say("phase.end-unreadable", written ?? ""));
        var (changed, problem) = PhaseClosing.Extend(engagement, index, newEnd.Value, turn.LocalNow.Date);
        if (problem is not null) return PhaseHandler.Form(turn, engagement, index, problem.Say(turn.Language));
        var saved = await updates.SaveAsync(turn, changed, answered, replan: true, ct);
        if (saved is null) return EngagementUpdates.Conflict(turn);
        return new Reply
        {
            Kind = "engagement.phase.extended",
            ReplacesSource = true,
            Blocks = [new TextBlock(turn.Say("phase.extended", changed.Phases[index].Name, EngagementDates.Short(newEnd.Value, turn.Language)))],
        };
    }

    private static Reply Started(Turn turn, Engagement saved, int closedIndex)
    {
        var next = saved.Phases[closedIndex + 1];
        return new Reply
        {
            Kind = "engagement.phase.closed",
            ReplacesSource = true,
            Blocks =
            [
                new TextBlock(turn.Say("phase.closed", saved.Phases[closedIndex].Name, next.Name, EngagementDates.Short(next.End, turn.Language))),
                new TextBlock(turn.Say("phase.tell-client"), TextStyle.Subtle),
            ],
            Actions = [new ReplyAction("engagement.plan", turn.Say("engagement.plan.action", saved.Client)).With("engagementId", saved.Id.ToString())],
        };
    }

    /// <summary>The last phase closed: the engagement is complete, and the rep is asked what to keep and what to change next time.</summary>
    private static Reply Retrospective(Turn turn, Engagement saved) => new()
    {
        Kind = "engagement.completed",
        ReplacesSource = true,
        Title = turn.Say("engagement.complete.title", saved.Title),
        Blocks = [new TextBlock(turn.Say("engagement.complete.question"))],
        Inputs = [new ReplyInput("retrospective", turn.Say("engagement.complete.input"), InputKind.MultilineText) { Required = true }],
        Actions = [new ReplyAction("engagement.retro", turn.Say("engagement.complete.submit"), ActionStyle.Primary).With("engagementId", saved.Id.ToString())],
    };
}
