using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Records a rep's answer about how a phase stands, on the check-in that asked (or a new one when they speak up unasked).</summary>
public sealed class CheckInAnswering(EngagementUpdates updates)
{
    public async Task<Reply> AnswerAsync(Turn turn, Engagement engagement, CheckIn? checkIn, CheckInAnswer answer, CancellationToken ct)
    {
        if (engagement.CurrentPhase is not { } current) return Completed(turn, engagement);
        var index = checkIn?.PhaseIndex ?? current.Index;
        var answered = (checkIn ?? new CheckIn(0, engagement.Id, index, CheckInKind.Status, turn.Now)) with
        {
            State = checkIn?.State == CheckInState.Missed ? CheckInState.Missed : CheckInState.Answered,
            NextAskAt = null,
            AnsweredAt = turn.Now,
            Health = answer.Health ?? checkIn?.Health,
            ClientUpdated = answer.ClientUpdated ?? checkIn?.ClientUpdated,
            Note = answer.Note ?? checkIn?.Note,
            NextStep = answer.NextStep ?? checkIn?.NextStep,
        };
        var phase = engagement.Phases[index];
        var changed = answer.Health is { } health ? engagement.WithPhase(index, phase with { Health = health }) : engagement;
        var saved = await updates.SaveAsync(turn, changed, [answered], replan: false, ct);
        if (saved is null) return EngagementUpdates.Conflict(turn);

        var blocks = new List<TextBlock>
        {
            new(turn.Say("check-in.answered", phase.Name, saved.Title, turn.Say("health." + (answered.Health ?? PhaseHealth.OnTrack).Id()))),
        };
        if (answered.ClientUpdated == false) blocks.Add(new TextBlock(turn.Say("check-in.tell-client"), TextStyle.Subtle));
        if (saved.NextCheckInAt is { } next) blocks.Add(new TextBlock(turn.Say("check-in.next", EngagementDates.When(next, turn.Language, turn.Zone)), TextStyle.Subtle));
        return new Reply { Kind = "engagement.check-in.answered", Blocks = blocks, ReplacesSource = turn.Action is not null };
    }

    public static Reply Completed(Turn turn, Engagement engagement) =>
        new() { Kind = "engagement.completed", Blocks = [new TextBlock(turn.Say("engagement.already-complete", engagement.Title))] };
}

/// <summary>What a rep answered to a check-in; anything left out stays as it was.</summary>
public sealed record CheckInAnswer(PhaseHealth? Health, bool? ClientUpdated, string? Note, string? NextStep);
