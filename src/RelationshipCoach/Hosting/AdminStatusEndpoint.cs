using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RelationshipCoach.Data;
using RelationshipCoach.Slack.Events;
using RelationshipCoach.Teams.Activities;

namespace RelationshipCoach.Hosting;

/// <summary>
/// `GET /admin/status` for operators, with the key Admin:ApiKey in the X-Admin-Key header: health, acknowledged
/// requests not yet answered, messages waiting and deliveries given up on. Without a configured key the endpoint does
/// not exist.
/// </summary>
public static class AdminStatusEndpoint
{
    public const string Path = "/admin/status";
    public const string KeyHeader = "X-Admin-Key";

    /// <summary>The most recent failures listed; the count covers all.</summary>
    private const int Listed = 50;

    public static void MapAdminStatus(this WebApplication app)
    {
        if (app.Configuration["Admin:ApiKey"] is not { Length: > 0 } key) return;
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        app.MapGet(Path, async (HttpContext http, CoachDbContext db, HealthCheckService health, SlackEventInbox slack, ActivityInbox teams, CancellationToken ct) =>
        {
            var given = SHA256.HashData(Encoding.UTF8.GetBytes(http.Request.Headers[KeyHeader].ToString()));
            if (!CryptographicOperations.FixedTimeEquals(given, expected)) return Results.Unauthorized();

            var report = await health.CheckHealthAsync(ct);
            var failed = await db.FailedDeliveries.AsNoTracking().OrderByDescending(f => f.FailedAt).Take(Listed)
                .Select(f => new { user = f.User!.Channel + "/" + f.User.Tenant + "/" + f.User.ChannelUserId, f.Kind, f.Title, f.Attempts, f.Reason, f.FirstFailedAt, f.FailedAt })
                .ToListAsync(ct);
            return Results.Json(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                unanswered = new { slack = slack.WaitingCount, teams = teams.WaitingCount },
                held = await db.HeldMessages.CountAsync(ct),
                retrying = await db.HeldMessages.CountAsync(h => h.FirstFailedAt != null, ct),
                failed = new
                {
                    count = await db.FailedDeliveries.CountAsync(ct),
                    recent = failed.Select(f => new
                    {
                        f.user, f.Kind, f.Title, f.Attempts, f.Reason,
                        firstFailedAt = DateTimeOffset.FromUnixTimeMilliseconds(f.FirstFailedAt),
                        failedAt = DateTimeOffset.FromUnixTimeMilliseconds(f.FailedAt),
                    }),
                },
            });
        });
    }
}
