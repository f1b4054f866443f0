using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// Gathers the facts for one lead's digest: only the lead's own team, each member as one person across the channels
/// that verified the same email, with calls and guidance reaching back to the trend's start.
/// </summary>
public sealed class DigestFactsCollector(
    ITeamStore teams, IUserDirectory users, SamePerson samePerson, ICallLog calls, IGuidanceLog guidance, IEngagementDigestFacts engagements,
    IAbsenceLog absences)
{
    public async Task<DigestFacts> CollectAsync(UserProfile lead, DigestPeriod period, CancellationToken ct)
    {
        var leadFacts = new DigestLead(lead.Id, PersonName.Of(lead), PreferredLanguage.Of(lead));
        var people = await PeopleAsync(lead, period, ct);
        var facts = new DigestFacts(leadFacts, period, []);
        var allIds = people.SelectMany(p => p.ProfileIds).ToList();
        var events = await guidance.ListSinceAsync(allIds, facts.TrendStart, ct);
        var engagementFacts = await engagements.ForRepsAsync(allIds, period, facts.TrendStart, ct);

        var reps = new List<RepFacts>(people.Count);
        foreach (var person in people)
        {
            var ids = person.ProfileIds.ToHashSet();
            var personCalls = new Dictionary<long, Call>();
            foreach (var id in ids)
            {
                foreach (var call in await calls.ListSinceAsync(id, facts.TrendStart, ct)) personCalls[call.Id] = call;
                foreach (var call in await calls.ListOpenAsync(id, ct)) personCalls[call.Id] = call;
            }
            var mine = engagementFacts.Where(e => ids.Contains(e.RepId)).ToList();
            var away = new List<NodaTime.DateInterval>();
            foreach (var id in ids) away.AddRange(await absences.CurrentAsync(id, period.FirstDay, ct));
            reps.Add(new RepFacts(person.RepId, person.Name, person.LeftAt,
                personCalls.Values.OrderBy(c => c.HeldAt).ToList(),
                events.Where(e => ids.Contains(e.RepId)).ToList(),
                new EngagementDigestFacts(person.RepId, mine.SelectMany(e => e.CheckIns).ToList(), mine.SelectMany(e => e.Phases).ToList()))
            {
                Away = away,
            });
        }
        return facts with { Reps = reps };
    }

    /// <summary>The team's members as people: two memberships of profiles with the same verified email are one person.</summary>
    private async Task<List<Person>> PeopleAsync(UserProfile lead, DigestPeriod period, CancellationToken ct)
    {
        var people = new List<Person>();
        foreach (var membership in await teams.MembersAsync(lead.Id, period.Start, ct))
        {
            if (await users.FindAsync(membership.RepId, ct) is not { } rep) continue;
            var profiles = (await samePerson.ProfilesOfAsync(rep, ct)).Where(p => p.Id != lead.Id).Select(p => p.Id).ToList();
            var same = people.FirstOrDefault(p => p.ProfileIds.Overlaps(profiles));
            if (same is null)
            {
                people.Add(new Person(rep.Id, PersonName.Of(rep), membership.LeftAt, [.. profiles]));
                continue;
            }
            same.ProfileIds.UnionWith(profiles);
            same.LeftAt = same.LeftAt is null || membership.LeftAt is null ? null : NodaTime.Instant.Max(same.LeftAt.Value, membership.LeftAt.Value);
        }
        return people.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private sealed class Person(long repId, string name, NodaTime.Instant? leftAt, HashSet<long> profileIds)
    {
        public long RepId { get; } = repId;
        public string Name { get; } = name;
        public NodaTime.Instant? LeftAt { get; set; } = leftAt;
        public HashSet<long> ProfileIds { get; } = profileIds;
    }
}
