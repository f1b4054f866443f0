using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.Intake;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Privacy;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Delivery;
using RelationshipCoach.Demo;
using RelationshipCoach.Digests;
using RelationshipCoach.Playground;
using RelationshipCoach.Scheduling;
using RelationshipCoach.Slack;
using RelationshipCoach.Slack.Events;
using RelationshipCoach.Teams;
using RelationshipCoach.Teams.Activities;

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
        // The channel clients log their own failures in the coach's words; the factory's per-request logging
        // handlers cost a scope and several log calls per outbound call even when their level is off.
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());

        services.AddCoachDatabase(configuration.Provider, configuration.ConnectionString);
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<PlaygroundUsers>();
        if (PlaygroundEndpoints.IsEnabled(builder.Configuration, builder.Environment))
        {
            services.AddHostedService(sp => sp.GetRequiredService<PlaygroundUsers>());
            if (DemoDataSeed.IsEnabled(builder.Configuration)) services.AddHostedService<DemoDataSeed>();
        }
        var playground = PlaygroundEndpoints.IsEnabled(builder.Configuration, builder.Environment);
        services.AddHostedService(sp => new TeamSeed(sp, builder.Configuration, sp.GetRequiredService<TimeProvider>(), playground,
            sp.GetRequiredService<DatabaseReadiness>(), sp.GetRequiredService<ILogger<TeamSeed>>()));

        services.AddMemoryCache();
        services.AddScoped<PeopleSeen>();
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
        services.AddTeamsAndDigests(builder.Configuration);

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
        services.AddScoped<IPersonalData, PersonalData>();

        services.AddScoped<PlaygroundMessenger>();
        services.AddScoped<MessengerRouter>();
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<ConsiderateMessenger>(sp, sp.GetRequiredService<MessengerRouter>()));
        services.AddScoped<IMessenger>(sp => sp.GetRequiredService<ConsiderateMessenger>());
        // Registered before the scheduler, so that a stop lets the reminder jobs finish first and then waits for their sends.
        services.AddSingleton<AfterCommitSends>();
        services.AddSingleton<IAfterCommitSends>(sp => sp.GetRequiredService<AfterCommitSends>());
        services.AddHostedService(sp => sp.GetRequiredService<AfterCommitSends>());

        services.AddSingleton<InboxFolder>(sp => sp.GetRequiredService<SlackEventInbox>());
        services.AddSingleton<InboxFolder>(sp => sp.GetRequiredService<ActivityInbox>());
        services.AddHostedService<MemoryAfterBacklog>();

        services.AddCoachScheduler(configuration.Provider, configuration.ConnectionString, SchedulerSettings.Read(builder.Configuration));
        services.AddHostedService<RetentionPlan>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        services.ConfigureHttpJsonOptions(o => ReplyJson.Configure(o.SerializerOptions));
        builder.AddSlack();
        return builder;
    }

    private static void AddTeamsAndDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPeopleSearch, PeopleSearch>();
        services.AddScoped<SamePerson>();
        services.AddScoped<ITeamStore, TeamStore>();
        services.AddScoped<Colleagues>();
        services.AddScoped<TeamNotice>();
        services.AddScoped<TeamImport>();
        services.AddScoped<IChannelMembers, ChannelMembersRouter>();
        services.AddScoped<IDigestSettingsStore, DigestSettingsStore>();
        services.AddScoped<IDigestScheduler, QuartzDigestScheduler>();
        services.AddScoped<IEngagementDigestFacts, EngagementDigestFactsStore>();
        services.AddScoped<DigestFactsCollector>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<DigestSender>();
        services.AddSingleton(DigestChartOptions.Read(configuration));
        services.AddScoped<DigestChartStore>();
        services.AddScoped<IDigestCharts, DigestCharts>();
        services.AddScoped<DemoData>();
    }
}
