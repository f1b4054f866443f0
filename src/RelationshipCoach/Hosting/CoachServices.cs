using Quartz;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Delivery;
using RelationshipCoach.Playground;
using RelationshipCoach.Scheduling;
using RelationshipCoach.Slack;
using RelationshipCoach.Teams;

namespace RelationshipCoach.Hosting;

/// <summary>Everything the service is made of, registered in one place.</summary>
public static class CoachServices
{
    public static WebApplicationBuilder AddCoach(this WebApplicationBuilder builder)
    {
        var configuration = CoachConfiguration.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(configuration);
        services.AddSingleton(configuration.Options);
        services.AddSingleton(TimeProvider.System);

        services.AddCoachDatabase(configuration.Provider, configuration.ConnectionString);
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<PlaygroundUsers>();
        if (PlaygroundEndpoints.IsEnabled(builder.Configuration, builder.Environment))
            services.AddHostedService(sp => sp.GetRequiredService<PlaygroundUsers>());

        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<ICallLog, CallLog>();
        services.AddScoped<IInboundLedger, InboundLedger>();
        services.AddScoped<IChannelAddressBook, ChannelAddressBook>();
        services.AddScoped<IInstallationStore, InstallationStore>();
        services.AddScoped<PlaygroundFeed>();

        services.AddSingleton<ITimeExpressionRecognizer>(TimeExpressionRecognizer.Instance);
        services.AddSingleton<ConfirmationPolicy>();
        services.AddScoped<CallLogging>();
        services.AddScoped<RepCalls>();
        services.AddScoped<ConfirmationReminders>();
        services.AddScoped<ICallReminderScheduler, QuartzCallReminderScheduler>();

        services.AddGuidance(builder.Configuration);

        services.AddScoped<Coach>();
        foreach (var handler in IntentTable.HandlerTypes) services.AddScoped(handler);

        builder.AddTeams();
        services.AddScoped<PlaygroundMessenger>();
        services.AddScoped<IMessenger, MessengerRouter>();

        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (configuration.Provider == DatabaseProvider.PostgreSQL)
                {
                    store.UsePostgres(configuration.ConnectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(Data.Sqlite.WalSqliteFactory.Instance, configuration.ConnectionString);
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddQuartz(o => o.Name = "scheduler");
        services.ConfigureHttpJsonOptions(o => ReplyJson.Configure(o.SerializerOptions));
        builder.AddSlack();
        return builder;
    }
}
