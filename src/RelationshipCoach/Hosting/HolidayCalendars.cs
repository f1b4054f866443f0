using NodaTime;
using RelationshipCoach.Core.Availability;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Loads the holiday calendars listed under Holidays:Calendars (each a Source — file path or http(s) URL — and a Scope:
/// "everyone" or "country:DE"). An unreadable calendar is reported by name and left out; it never stops the service.
/// </summary>
public static class HolidayCalendars
{
    public static Holidays Load(IConfiguration configuration, ILogger log, TimeProvider clock)
    {
        var year = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Year;
        var calendars = new List<HolidayCalendar>();
        foreach (var entry in configuration.GetSection("Holidays:Calendars").GetChildren())
        {
            var source = entry["Source"];
            var scope = entry["Scope"] ?? HolidayCalendar.Everyone;
            if (string.IsNullOrWhiteSpace(source)) continue;
            try
            {
                calendars.Add(HolidayCalendar.Parse(source, scope, Read(source), year - 1, year + 2));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError("Holiday calendar {Source} could not be read and is ignored: {Reason}", source, e.Message);
            }
        }
        if (calendars.Count > 0)
            log.LogInformation("Holiday calendars loaded: {Calendars}.", string.Join(", ", calendars.Select(c => $"{c.Name} ({c.Scope}, {c.Dates.Count} days)")));
        return new Holidays(calendars);
    }

    private static string Read(string source)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile) return File.ReadAllText(source);
        if (uri.Scheme is not ("http" or "https")) throw new InvalidOperationException($"only files and http(s) URLs are read, not {uri.Scheme}.");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return http.GetStringAsync(uri).GetAwaiter().GetResult();
    }
}
