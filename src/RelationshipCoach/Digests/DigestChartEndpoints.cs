using System.Text.RegularExpressions;
using NodaTime;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Digests;

/// <summary>Serves trend charts by their token; an unknown, malformed or expired token is a plain 404.</summary>
public static partial class DigestChartEndpoints
{
    public static void MapDigestCharts(this WebApplication app) =>
        app.MapGet(DigestChartOptions.Path + "/{file}", async (string file, DigestChartStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            if (TokenFile().Match(file) is not { Success: true } match) return Results.NotFound();
            var png = await store.FindAsync(match.Groups["token"].Value, Instant.FromDateTimeOffset(clock.GetUtcNow()), ct);
            if (png is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=86400";
            return Results.File(png, "image/png");
        });

    [GeneratedRegex("^(?<token>[0-9a-f]{32})\\.png$")]
    private static partial Regex TokenFile();
}
