using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Digests;

namespace RelationshipCoach.Commands;

/// <summary>A digest as JSON for scripts: the period, each rep's numbers, the nudges and the trend.</summary>
public static class DigestJson
{
    public static string Write(Digest digest)
    {
        var language = digest.Lead.Language;
        var json = new JsonObject
        {
            ["lead"] = new JsonObject { ["id"] = digest.Lead.Id, ["name"] = digest.Lead.Name, ["language"] = Core.Languages.LanguageCodes.Code(language) },
            ["start"] = Iso(digest.Period.Start),
            ["end"] = Iso(digest.Period.End),
            ["quiet"] = digest.IsQuiet,
            ["reps"] = new JsonArray(digest.Reps.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.RepId, ["name"] = r.Name, ["leftAt"] = r.LeftAt is { } l ? Iso(l) : null,
                ["calls"] = r.CallsLogged, ["onTime"] = r.OnTime, ["late"] = r.Late, ["missed"] = r.Missed,
                ["stillOpen"] = r.StillOpen, ["oldestOpenDays"] = r.OldestOpenAge is { } age ? Math.Round(age.TotalDays, 1) : null,
                ["ideas"] = new JsonArray(r.Ideas.Select(i => (JsonNode)new JsonObject { ["idea"] = i.IdeaId, ["asked"] = i.Asked, ["helped"] = i.Helped, ["unhelpful"] = i.Unhelpful }).ToArray()),
                ["checkInsAnswered"] = r.CheckInsAnswered, ["checkInsMissed"] = r.CheckInsMissed,
            }).ToArray()),
            ["nudges"] = new JsonArray(digest.Nudges.Select(n => (JsonNode)new JsonObject
            {
                ["kind"] = n.Kind.ToString(), ["repId"] = n.RepId, ["rep"] = n.RepName, ["client"] = n.Client,
                ["text"] = NudgeText.ForLead(n, language, digest.Period.Zone, digest.Period.End),
            }).ToArray()),
            ["trend"] = new JsonArray(digest.Trend.Select(p => (JsonNode)new JsonObject
            {
                ["week"] = LocalDatePattern.Iso.Format(p.WeekStart), ["onTimeRate"] = p.OnTimeRate, ["checkInRate"] = p.CheckInRate,
            }).ToArray()),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
