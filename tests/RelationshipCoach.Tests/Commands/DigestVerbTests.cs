using System.Text.Json.Nodes;
using NodaTime;
using RelationshipCoach.Commands;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Tests.Commands;

public sealed class DigestVerbTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void An_iso_week_is_read_in_the_leads_zone_and_nonsense_is_refused()
    {
        var week = DigestVerb.ParseWeek("2026-W47", Berlin)!;
        Assert.Equal(Instant.FromUtc(2026, 11, 15, 23, 0), week.Start);
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 23, 0), week.End);
        Assert.Null(DigestVerb.ParseWeek("2026-W54", Berlin));
        Assert.Null(DigestVerb.ParseWeek("last week", Berlin));
    }

    [Fact]
    public void The_json_carries_each_reps_numbers_and_the_nudges_in_the_leads_language()
    {
        var week = DigestPeriod.IsoWeek(2026, 47, Berlin);
        var held = week.Start + Duration.FromDays(1);
        Call Open(int id) => new(id, 2, "Müller GmbH", "t", held + Duration.FromHours(id), held + Duration.FromHours(id));
        var digest = DigestBuilder.Build(new DigestFacts(new DigestLead(1, "Lena", Language.De), week,
            [new RepFacts(2, "Ben", null, [Open(1), Open(2)], [], EngagementDigestFacts.None(2))]));

        var json = JsonNode.Parse(DigestJson.Write(digest))!;
        Assert.Equal("2026-11-15T23:00:00Z", (string)json["start"]!);
        Assert.Equal(2, (int)json["reps"]![0]!["calls"]!);
        Assert.Equal(2, (int)json["reps"]![0]!["stillOpen"]!);
        Assert.Equal("Unconfirmed", (string)json["nudges"]![0]!["kind"]!);
        Assert.Contains("Müller GmbH", (string)json["nudges"]![0]!["text"]!);
        Assert.Equal(8, json["trend"]!.AsArray().Count);
    }
}
