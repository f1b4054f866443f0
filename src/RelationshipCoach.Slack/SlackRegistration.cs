using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Commands;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Delivery;
using RelationshipCoach.Slack.Events;
using RelationshipCoach.Slack.Home;
using RelationshipCoach.Slack.Install;
using RelationshipCoach.Slack.Interactivity;
using RelationshipCoach.Slack.SocketMode;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack;

/// <summary>The Slack channel's services (<c>builder.AddSlack()</c>) and endpoints (<c>app.MapSlack()</c>).</summary>
public static class SlackRegistration
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        var options = SlackOptions.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddDataProtection()
            .SetApplicationName("RelationshipCoach")
            .PersistKeysToFileSystem(Directory.CreateDirectory(options.KeysFolder));
        services.AddMemoryCache();
        services.AddHttpClient(SlackApiClient.HttpClientName, c => c.BaseAddress = options.ApiBaseUrl).AddSlackRetries();

        services.AddSingleton<ChannelPace>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackPeople>();
        services.AddScoped<SlackChannelMembers>();
        services.AddSingleton<SlackInbound>();
        services.AddSingleton<SlackReplies>();
        services.AddSingleton<InstallState>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.AddSingleton<SlackEventInbox>();
        services.AddSingleton<SlackEventQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackEventQueue>());
        services.AddSingleton<SlackEventIntake>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractivityHandler>();
        services.AddSingleton<SocketEnvelopeHandler>();

        services.AddScoped<SlackInstallations>();
        services.AddScoped<SlackBotTokens>();
        services.AddScoped<SlackMessenger>();
        services.AddScoped<SlackEventProcessor>();
        services.AddScoped<HomeTab>();
        services.AddScoped<InteractionReplies>();
        services.AddScoped<BlockActionsHandler>();
        services.AddScoped<ViewSubmissionHandler>();

        if (options.SocketModeEnabled) services.AddHostedService<SocketModeClient>();
        return builder;
    }

    public static WebApplication MapSlack(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<SlackOptions>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackRegistration));
        if (options.HttpEnabled)
        {
            app.MapPost("/api/slack/events", EventsEndpoint.HandleAsync);
            app.MapPost("/api/slack/commands", SlashCommandEndpoint.HandleAsync);
            app.MapPost("/api/slack/interactivity", InteractivityEndpoint.HandleAsync);
            log.LogInformation("Slack over HTTP is on: /api/slack/events, /api/slack/commands, /api/slack/interactivity.");
        }
        else
        {
            log.LogInformation("Slack over HTTP is off: Slack:SigningSecret is not set, so /api/slack/* answer 404.");
        }
        if (options.InstallEnabled) app.MapSlackInstall();
        log.LogInformation("Slack install {State}; Socket Mode {Socket}.",
            options.InstallEnabled ? "is on at /api/slack/install" : "is off (Slack:ClientId and Slack:ClientSecret are not both set)",
            options.SocketModeEnabled ? "is on (Slack:AppToken)" : "is off");
        return app;
    }
}
