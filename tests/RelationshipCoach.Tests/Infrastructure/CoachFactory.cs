using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>
/// The real host, through ASP.NET Core's test server, on its own SQLite file in a fresh temporary folder.
/// Settings passed in override the embedded defaults exactly as environment variables would.
/// </summary>
public class CoachFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public CoachFactory() : this(null, null) { }

    private CoachFactory(IDictionary<string, string?>? settings, string? folder)
    {
        Folder = folder ?? Directory.CreateTempSubdirectory("coach-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Coach"] = $"Data Source={Path.Combine(Folder, "coach.db")}",
            ["DataProtection:KeysFolder"] = Path.Combine(Folder, "keys"),
            ["Slack:InboxFolder"] = Path.Combine(Folder, "slack-inbox"),
            ["Teams:InboxFolder"] = Path.Combine(Folder, "teams-inbox"),
            // One trained classifier shared by every host the tests start; the cache is keyed by the corpus, so it never goes stale.
            ["Guidance:ModelCache"] = Path.Combine(Path.GetTempPath(), "coach-test-guidance-model"),
            // Tests start from an empty database; the digest tests that want the demo team ask for it.
            ["Playground:DemoData"] = "false",
            // Proactive messages wait for the person's working time; a test must not pass or fail by the hour it
            // runs at (these failed after 18:00 UTC). Tests about working time set their own hours.
            ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
        };
        // Tests that change a person's settings get a person of their own, so that no test sees another's choices.
        for (var i = 1; i <= 9; i++) _settings[$"Playground:Users:tester{i}"] = "Rep";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    /// <summary>A host with these settings; on the folder of an earlier host it reopens that host's database, like a restart.</summary>
    public static CoachFactory With(IDictionary<string, string?> settings, string? folder = null) => new(settings, folder);

    /// <summary>The folder holding this host's database; a second factory on the same folder is a restart.</summary>
    public string Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
