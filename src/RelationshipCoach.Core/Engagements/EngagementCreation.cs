using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Time;
using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Checks an engagement draft field by field and, when all is sound, stores it and schedules its first check-in.</summary>
public sealed class EngagementCreation(IEngagementStore store, ICheckInScheduler scheduler, ITimeExpressionRecognizer recognizer, CoachOptions options)
{
    /// <summary>The stored engagement, or what is wrong with each field (nothing is stored then).</summary>
    public async Task<(Engagement? Created, IReadOnlyDictionary<string, Problem> Problems)> CreateAsync(Turn turn, EngagementDraft draft, CancellationToken ct)
    {
        var problems = new Dictionary<string, Problem>();
        Required("client", draft.Client, Engagement.MaxClientLength, "engagement.client-missing");
        Required("name", draft.Name, Engagement.MaxNameLength, "engagement.name-missing");
        if (draft.Level is { } level && !LevelIds.IsKnown(level)) problems["level"] = Problem.Of("engagement.level-unknown-id", level);
        foreach (var (field, text) in new[] { ("goals", draft.Goals), ("responsibilities", draft.Responsibilities), ("expectations", draft.Expectations) })
            if (text?.Length > Engagement.MaxTextLength) problems[field] = Problem.Of("engagement.too-long", Engagement.MaxTextLength);
        var phases = draft.Phases is null
            ? new PhasesReading([], Problem.Of("engagement.phases-missing"))
            : PhasesText.Read(draft.Phases, turn.LocalNow.Date, recognizer, turn.Language, turn.LocalNow, turn.Zone);
        if (phases.Problem is { } phaseProblem) problems["phases"] = phaseProblem;
        if (problems.Count > 0) return (null, problems);

        var engagement = new Engagement(0, turn.User.Id, draft.Client!, draft.Name!, turn.Now)
        {
            Level = draft.Level,
            Goals = TextLines.Split(draft.Goals),
            Responsibilities = Responsibility.ParseLines(draft.Responsibilities),
            Expectations = TextLines.Split(draft.Expectations),
            Phases = phases.Phases,
            Schedule = CheckInSchedule.Default(options, recognizer, turn.LocalNow, turn.Zone),
        };
        var owner = PersonalSchedule(turn);
        var first = options.FirstCheckInAfter is { } soon ? turn.Now + Duration.FromTimeSpan(soon) : CheckInPolicy.Next(engagement, turn.Now, owner)!.Value;
        var stored = await store.AddAsync(engagement with { NextCheckInAt = first }, ct);
        await scheduler.ScheduleAsync(stored.Id, first, ct);
        return (stored, problems);

        void Required(string field, string? value, int max, string missingKey)
        {
            if (value is null) problems[field] = Problem.Of(missingKey);
            else if (value.Length > max) problems[field] = Problem.Of("engagement.too-long", max);
        }
    }

    private People.PersonalSchedule PersonalSchedule(Turn turn) => People.PersonalSchedule.For(turn.User with { TimeZoneId = turn.Zone.Id }, options);
}
