using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Engagements;
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
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<PlaygroundUsers>();
        if (PlaygroundEndpoints.IsEnabled(builder.Configuration, builder.Environment))
            services.AddHostedService(sp => sp.GetRequiredService<PlaygroundUsers>());

        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<ICallLog, CallLog>();
        services.AddScoped<IEngagementStore, EngagementStore>();
        services.AddScoped<IInboundLedger, InboundLedger>();
        services.AddScoped<ITransactions, DbTransactions>();
        services.AddScoped<IChannelAddressBook, ChannelAddressBook>();
        services.AddScoped<IInstallationStore, InstallationStore>();
        services.AddScoped<PlaygroundFeed>();

        services.AddSingleton<ITimeExpressionRecognizer>(TimeExpressionRecognizer.Instance);
        services.AddSingleton<ConfirmationPolicy>();
        services.AddScoped<CallLogging>();
        services.AddScoped<RepCalls>();
        services.AddScoped<ConfirmationReminders>();
        services.AddScoped<ICallReminderScheduler, QuartzCallReminderScheduler>();
        services.AddScoped<RepEngagements>();
        services.AddScoped<EngagementCreation>();
        services.AddScoped<EngagementUpdates>();
        services.AddScoped<CheckInAnswering>();
        services.AddScoped<DueCheckIns>();
        services.AddScoped<ICheckInScheduler, QuartzCheckInScheduler>();

        services.AddGuidance(builder.Configuration);

        services.AddScoped<Coach>();
        foreach (var handler in IntentTable.HandlerTypes) services.AddScoped(handler);

        builder.AddTeams();
        services.AddSingleton(sp => HolidayCalendars.Load(builder.Configuration, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Holidays"), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IAbsenceLog, AbsenceLog>();
        services.AddScoped<Schedules>();
        services.AddScoped<IDeliveryLedger, DeliveryLedger>();
        services.AddScoped<OneShotTriggers>();
        services.AddScoped<IHeldMessageScheduler, QuartzHeldMessageScheduler>();
        services.AddScoped<IEndOfDayScheduler, QuartzEndOfDayScheduler>();
        services.AddScoped<EndOfDaySummaries>();

        services.AddScoped<PlaygroundMessenger>();
        services.AddScoped<MessengerRouter>();
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<ConsiderateMessenger>(sp, sp.GetRequiredService<MessengerRouter>()));
        services.AddScoped<IMessenger>(sp => sp.GetRequiredService<ConsiderateMessenger>());

        services.AddCoachScheduler(configuration.Provider, configuration.ConnectionString, SchedulerSettings.Read(builder.Configuration));

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        services.ConfigureHttpJsonOptions(o => ReplyJson.Configure(o.SerializerOptions));
        builder.AddSlack();
        return builder;
    }
}
