namespace RelationshipCoach.Hosting;

/// <summary>Until the database is ready, requests other than the health check get a clear 503 instead of a 500 from deep inside.</summary>
public static class DatabaseGate
{
    public static void UseDatabaseGate(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        app.Use(async (context, next) =>
        {
            if (readiness.IsReady || context.Request.Path.StartsWithSegments(HealthEndpoint.Path))
            {
                await next(context);
                return;
            }
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(detail: $"The database is not ready yet: {readiness.Problem} See {HealthEndpoint.Path}.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        });
    }
}
