using Quartz;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>Quartz on the app's database: a single node on SQLite, a cluster of every instance on PostgreSQL.</summary>
public static class SchedulerServices
{
    public static IServiceCollection AddCoachScheduler(this IServiceCollection services, DatabaseProvider provider, string connectionString, SchedulerSettings settings)
    {
        services.AddSingleton(settings);
        services.AddQuartz(q =>
        {
            // Only a cluster needs distinct ids; a single node keeps Quartz's fixed one, under which its own
            // interrupted jobs are found again after a restart.
            if (provider == DatabaseProvider.PostgreSQL) q.ConfigureScheduler(o => o.InstanceId = settings.InstanceId);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.MisfireThreshold = settings.MisfireThreshold);
                if (provider == DatabaseProvider.PostgreSQL)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = settings.CheckinInterval;
                        c.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(Data.Sqlite.WalSqliteFactory.Instance, connectionString);
                }
            });
        });
        services.AddHostedService<ReminderRehearsal>();
        services.AddHostedService<SchedulerStarter>();
        services.AddHostedService<HeldMessageWakeUps>();
        return services;
    }
}
