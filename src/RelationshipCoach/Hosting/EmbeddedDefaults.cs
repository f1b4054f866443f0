namespace RelationshipCoach.Hosting;

/// <summary>
/// The configuration the service runs with when nothing else is set, so that `dotnet run` works on a fresh
/// machine; every other configuration source overrides it.
/// </summary>
public static class EmbeddedDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["Urls"] = "http://localhost:3978",
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Coach"] = "Data Source=data/coach.db",
        ["Reminders:ConfirmAfter"] = "02:00:00",
        ["Reminders:SendHold"] = "00:05:00",
        ["WorkingHours:Default"] = "Mon-Fri 08:00-18:00",
        ["CheckIns:Default"] = "every Monday at 9",
        ["Nudges:MaxPerDay"] = "5",
        ["Retention:CallNotes"] = "365",
        ["Playground:Users:rep1"] = "Rep",
        ["Playground:Users:rep2"] = "Rep",
        ["Playground:Users:lead1"] = "Lead",
        ["Digest:Default"] = "every Monday at 8:30",
        ["RepTeams:Seed:0:Lead"] = "playground/playground/lead1",
        ["RepTeams:Seed:0:Members:0"] = "playground/playground/rep1",
        ["RepTeams:Seed:0:Members:1"] = "playground/playground/rep2",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Quartz"] = "Warning",
        // /healthz answers for itself; logging every unhealthy poll would flood the log while the database is away.
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
        // Both log every outbound call to Slack and Teams at Information: two console lines per reply.
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    /// <summary>Puts the defaults underneath every source the builder already has.</summary>
    public static void AddTo(ConfigurationManager configuration)
    {
        var sources = (IList<IConfigurationSource>)((IConfigurationBuilder)configuration).Sources;
        sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Values });
    }
}
