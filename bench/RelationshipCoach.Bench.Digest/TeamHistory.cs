using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Bench.Digest;

/// <summary>
/// One lead's facts, generated from the lead's number alone (so the run keeps no history in memory): ten reps, eight
/// weeks of calls on working days with every confirmation outcome, guidance events and engagement check-ins.
/// </summary>
public static class TeamHistory
{
    public const int RepsPerLead = 10;
    private static readonly string[] Clients = ["Müller GmbH", "Grupo Sol", "PT Nusantara", "Nordwind AG", "Globex", "Hooli", "Vandelay"];
    private static readonly DateTimeZone[] Zones =
        [DateTimeZoneProviders.Tzdb["Europe/Berlin"], DateTimeZoneProviders.Tzdb["America/New_York"], DateTimeZoneProviders.Tzdb["Asia/Jakarta"]];

    public static DigestFacts For(int lead, Instant end)
    {
        var random = new Random(lead);
        var zone = Zones[lead % Zones.Length];
        var period = DigestPeriod.EndingAt(end, zone);
        var facts = new DigestFacts(new DigestLead(lead, $"Lead {lead}", LanguageCodes.All[lead % 4]), period, []);
        var reps = new List<RepFacts>(RepsPerLead);
        for (var r = 0; r < RepsPerLead; r++)
        {
            var repId = (long)lead * 100 + r;
            reps.Add(new RepFacts(repId, $"Rep {repId}", r == 9 && lead % 5 == 0 ? end - Duration.FromDays(2) : null,
                Calls(repId, facts.TrendStart, end, random), Guidance(repId, facts.TrendStart, end, random), Engagement(repId, period, facts.TrendStart, random)));
        }
        return facts with { Reps = reps };
    }

    private static List<Call> Calls(long repId, Instant start, Instant end, Random random)
    {
        var calls = new List<Call>(8 * 5 * 3);
        var id = repId * 1000;
        for (var at = start; at < end; at += Duration.FromHours(13))
        {
            if (random.NextDouble() < 0.25) continue;
            var roll = random.NextDouble();
            var call = new Call(++id, repId, Clients[random.Next(Clients.Length)], "topic", at, at + Duration.FromMinutes(5));
            calls.Add(end - at < Duration.FromDays(3) && roll < 0.4 ? call
                : roll < 0.65 ? call with { Status = ConfirmationStatus.Sent, RemindersSent = random.Next(2) }
                : roll < 0.85 ? call with { Status = ConfirmationStatus.Sent, RemindersSent = 2 }
                : roll < 0.97 ? call with { Status = ConfirmationStatus.Missed, RemindersSent = 3 }
                : call with { Status = ConfirmationStatus.NotNeeded });
        }
        return calls;
    }

    private static List<GuidanceEvent> Guidance(long repId, Instant start, Instant end, Random random)
    {
        var events = new List<GuidanceEvent>();
        for (var at = start; at < end; at += Duration.FromDays(2))
        {
            var idea = IdeaIds.All[random.Next(IdeaIds.All.Count)];
            events.Add(new GuidanceEvent(repId, idea, GuidanceEventKind.Shown, at));
            if (random.NextDouble() < 0.5) events.Add(new GuidanceEvent(repId, idea, random.NextDouble() < 0.7 ? GuidanceEventKind.Helped : GuidanceEventKind.Unhelpful, at));
        }
        return events;
    }

    private static EngagementDigestFacts Engagement(long repId, DigestPeriod period, Instant start, Random random)
    {
        var checkIns = new List<CheckInFact>();
        for (var at = start; at < period.End; at += Duration.FromDays(7))
            checkIns.Add(new CheckInFact(Clients[random.Next(Clients.Length)], "Pilot", at, random.NextDouble() < 0.8));
        var ends = period.End.InZone(period.Zone).Date.PlusDays(random.Next(1, 20));
        return new EngagementDigestFacts(repId, checkIns, [new PhaseFact("Globex", "Rollout", ends, random.NextDouble() < 0.1)]);
    }
}
