using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Teams;

/// <summary>
/// Adds a colleague to the lead's team or removes one, by name, mention, email or id, asking back when that is ambiguous;
/// naming a whole channel adds everyone in it.
/// </summary>
public sealed class TeamChangeHandler(
    ITeamStore teams, Colleagues colleagues, IUserDirectory users, SamePerson samePerson, TeamNotice notice,
    IChannelMembers channelMembers, TeamImport import) : IIntentHandler
{
    /// <summary>More candidates than this are not a question anyone can answer by clicking; the lead is asked to be precise.</summary>
    private const int MaxChoices = 5;

    public static bool Matches(Turn turn) => TeamChange.Read(turn.Text) is not null;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.User.Role != Role.Lead) return [Say(turn, "team.not-a-lead")];
        if (turn.Action is { } action)
        {
            var chosen = long.TryParse(action.Value(TeamActions.UserKey), out var id) ? await users.FindAsync(id, ct) : null;
            var adding = action.Id == TeamActions.Add;
            // A button can be forged: the colleague must still be someone the lead could have named.
            if (chosen is null || !await MayActOnAsync(turn, chosen, adding, ct)) return [Say(turn, "team.unknown", action.Value(TeamActions.UserKey))];
            return [await ApplyAsync(turn, chosen, adding, ct)];
        }

        var change = TeamChange.Read(turn.Text)!;
        if (change.Adding && ColleagueName.ChannelId(change.Colleague) is { } channel) return [await ImportChannelAsync(turn, channel, ct)];
        var candidates = change.Adding
            ? await colleagues.FindAsync(turn.User.Ref, change.Colleague, ct)
            : await MembersNamedAsync(turn, change.Colleague, ct);
        candidates = candidates.Where(c => c.Id != turn.User.Id).ToList();
        return candidates.Count switch
        {
            0 => [Say(turn, "team.unknown", ColleagueName.Clean(change.Colleague))],
            1 => [await ApplyAsync(turn, candidates[0], change.Adding, ct)],
            > MaxChoices => [Say(turn, "team.too-many", ColleagueName.Clean(change.Colleague), candidates.Count)],
            _ => [Ambiguous(turn, change, candidates)],
        };
    }

    private async Task<Reply> ApplyAsync(Turn turn, UserProfile colleague, bool adding, CancellationToken ct)
    {
        var name = PersonName.Of(colleague);
        if (!adding)
        {
            var removed = false;
            foreach (var profile in await samePerson.ProfilesOfAsync(colleague, ct))
                removed |= await teams.RemoveAsync(turn.User.Id, profile.Id, turn.Now, ct);
            return Say(turn, removed ? "team.removed" : "team.not-member", name);
        }
        var profiles = (await samePerson.ProfilesOfAsync(colleague, ct)).Select(p => p.Id).ToList();
        var current = await teams.LeadsOfAsync(profiles, ct);
        if (current.Any(m => m.LeadId == turn.User.Id) || !await teams.AddAsync(turn.User.Id, colleague.Id, turn.Now, ct))
            return Say(turn, "team.already", name);
        var told = await notice.TellJoinedAsync(colleague, turn.User, ct);
        return new Reply
        {
            Kind = "team.added",
            Blocks =
            [
                new TextBlock(turn.Say("team.added", name)),
                new TextBlock(turn.Say(told ? "team.added-told" : "team.added-not-told", name), TextStyle.Subtle),
            ],
        };
    }

    private async Task<Reply> ImportChannelAsync(Turn turn, string channel, CancellationToken ct)
    {
        if (await channelMembers.ListAsync(turn.User.Ref, channel, ct) is not { } members) return Say(turn, "team.channel-unavailable");
        var added = await import.ImportAsync(turn.User.Ref, members, turn.Now, ct);
        foreach (var colleague in added) await notice.TellJoinedAsync(colleague, turn.User, ct);
        return Say(turn, "team.imported", added.Count, members.Count(m => m.Ref != turn.User.Ref));
    }

    private async Task<bool> MayActOnAsync(Turn turn, UserProfile colleague, bool adding, CancellationToken ct)
    {
        if (colleague.Id == turn.User.Id) return false;
        if (!adding) return (await teams.MembersAsync(turn.User.Id, turn.Now, ct)).Any(m => m.IsActive && m.RepId == colleague.Id);
        return colleague.Ref.Channel == turn.User.Ref.Channel && colleague.Ref.Tenant == turn.User.Ref.Tenant;
    }

    /// <summary>A member to remove may be on another channel than the lead, so the lead's own team is searched as well as their tenant.</summary>
    private async Task<IReadOnlyList<UserProfile>> MembersNamedAsync(Turn turn, string named, CancellationToken ct)
    {
        var name = ColleagueName.Clean(named);
        var members = new List<UserProfile>();
        foreach (var membership in (await teams.MembersAsync(turn.User.Id, turn.Now, ct)).Where(m => m.IsActive))
        {
            if (await users.FindAsync(membership.RepId, ct) is { } rep && Named(rep, name)) members.Add(rep);
        }
        if (members.Count > 0) return members;
        return await colleagues.FindAsync(turn.User.Ref, named, ct);
    }

    private static bool Named(UserProfile profile, string name) =>
        string.Equals(profile.Ref.UserId, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(profile.Email, name, StringComparison.OrdinalIgnoreCase)
        || (profile.DisplayName?.StartsWith(name, StringComparison.OrdinalIgnoreCase) ?? false);

    private static Reply Ambiguous(Turn turn, TeamChange change, IReadOnlyList<UserProfile> candidates) => new()
    {
        Kind = "team.ambiguous",
        Blocks = [new TextBlock(turn.Say("team.ambiguous", ColleagueName.Clean(change.Colleague)))],
        Actions = candidates.Select(c =>
            new ReplyAction(change.Adding ? TeamActions.Add : TeamActions.Remove, c.Email is { } email ? $"{PersonName.Of(c)} ({email})" : PersonName.Of(c))
                .With(TeamActions.UserKey, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
    };

    private static Reply Say(Turn turn, string key, params object?[] args) =>
        new() { Kind = key, Blocks = [new TextBlock(turn.Say(key, args))] };
}
