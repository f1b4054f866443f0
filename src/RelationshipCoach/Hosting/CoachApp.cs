using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using RelationshipCoach.Digests;
using RelationshipCoach.Playground;
using RelationshipCoach.Slack;
using RelationshipCoach.Teams;

namespace RelationshipCoach.Hosting;

/// <summary>Builds the web application: configuration, services, endpoints.</summary>
public static class CoachApp
{
    /// <summary>Requests are refused above this size before their body is read.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        // Reloading appsettings on change makes ASP.NET Core watch the whole content root, and every write to the
        // SQLite file, the Slack inbox and the logs under it then wakes the watcher: 15 % of the CPU under load.
        // Settings are read at start; an explicit --hostBuilder:reloadConfigOnChange=true still wins.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        EmbeddedDefaults.AddTo(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.AddCoach();

        var app = builder.Build();
        app.UseRequestSizeLimit();
        app.UseDatabaseGate();
        app.MapHealth();
        app.MapAdminStatus();
        app.MapTeams();
        app.MapDigestCharts();
        if (PlaygroundEndpoints.IsEnabled(app.Configuration, app.Environment)) app.MapPlayground();
        app.MapSlack();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    /// <summary>The one line that tells the person what to open.</summary>
    private static void AnnounceAddress(WebApplication app)
    {
        var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return;
        var playground = PlaygroundEndpoints.IsEnabled(app.Configuration, app.Environment);
        app.Logger.LogInformation(playground
            ? "RelationshipCoach is running: open {Address}/ to try it in the playground."
            : "RelationshipCoach is running on {Address} (playground off).", address.TrimEnd('/'));
    }
}
