using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Settings;

/// <summary>Shows and changes a person's language, time zone and working hours.</summary>
public sealed class SettingsHandler(IUserDirectory users, CoachOptions options, Calls.EndOfDaySummaries summaries, DigestPlanner digests) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var change = turn.Action switch
        {
            { Id: "settings.save" } a => SettingsChange.FromForm(a.Value("language"), a.Value("timeZone"), a.Value("workingHours"), a.Value("intensity")),
            { } => null,
            null => SettingsChange.FromText(CommandWords.Match("settings", turn.Text) ?? ""),
        };
        if (change is null || change.IsEmpty) return [Card(turn, turn.User, null)];
        if (change.Unreadable.Count > 0)
            return [Card(turn, turn.User, turn.Say("settings.unreadable", string.Join(", ", change.Unreadable)))];

        var updated = change.ApplyTo(turn.User);
        await users.SaveAsync(updated, ct);
        if (updated.Intensity == NudgeIntensity.Active && turn.User.Intensity != NudgeIntensity.Active) await summaries.StartAsync(updated, ct);
        // A lead's digest comes at a local time: a new zone moves the pending one.
        if (updated.Role == Role.Lead && updated.TimeZoneId != turn.User.TimeZoneId) await digests.PlanAsync(updated, turn.Now, ct);
        var inNewLanguage = turn with { User = updated, Language = updated.Language ?? turn.Language };
        return [Card(inNewLanguage, updated, inNewLanguage.Say("settings.saved")) with { ReplacesSource = turn.Action is not null }];
    }

    private static string Code(NudgeIntensity intensity) => intensity.ToString().ToLowerInvariant();

    private Reply Card(Turn turn, UserProfile profile, string? message)
    {
        var hours = (profile.WorkingHours ?? options.DefaultWorkingHours).ToString();
        var zone = profile.TimeZoneId ?? turn.Zone.Id;
        return new Reply
        {
            Kind = "settings",
            Title = turn.Say("settings.title"),
            Blocks = message is null ? [new TextBlock(turn.Say("settings.how"), TextStyle.Subtle)] : [new TextBlock(message)],
            Facts =
            [
                new Fact(turn.Say("settings.language"), turn.Say("language.name." + turn.Language.Code())),
                new Fact(turn.Say("settings.time-zone"), zone),
                new Fact(turn.Say("settings.working-hours"), hours),
                new Fact(turn.Say("settings.intensity"), turn.Say("intensity.name." + Code(profile.Intensity))),
            ],
            Inputs =
            [
                new ReplyInput("language", turn.Say("settings.language"), InputKind.Choice)
                {
                    Value = turn.Language.Code(),
                    Choices = LanguageCodes.All.Select(l => new Choice(l.Code(), turn.Say("language.name." + l.Code()))).ToList(),
                },
                new ReplyInput("timeZone", turn.Say("settings.time-zone")) { Value = zone, Placeholder = "Europe/Berlin" },
                new ReplyInput("workingHours", turn.Say("settings.working-hours")) { Value = hours, Placeholder = "Mon-Fri 08:00-18:00" },
                new ReplyInput("intensity", turn.Say("settings.intensity"), InputKind.Choice)
                {
                    Value = Code(profile.Intensity),
                    Choices = Enum.GetValues<NudgeIntensity>().Select(i => new Choice(Code(i), turn.Say("intensity.name." + Code(i)))).ToList(),
                },
            ],
            Actions = [new ReplyAction("settings.save", turn.Say("settings.save"), ActionStyle.Primary)],
        };
    }
}
