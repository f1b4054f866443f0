using Microsoft.AspNetCore.Http;

namespace RelationshipCoach.Slack.Verification;

/// <summary>Reads a Slack request's raw body once, refuses it when too large or not signed by Slack, and hands the bytes on.</summary>
public static class VerifiedBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The body, or the answer to give instead (413 too large, 401 unsigned, stale or forged).</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpContext http, SlackOptions options, TimeProvider clock)
    {
        var body = await ReadBodyAsync(http);
        if (body is null) return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        var valid = SlackSignature.IsValid(options.SigningSecret!,
            http.Request.Headers["X-Slack-Request-Timestamp"].FirstOrDefault(),
            http.Request.Headers["X-Slack-Signature"].FirstOrDefault(), body, clock.GetUtcNow());
        return valid ? (body, null) : (null, Results.Unauthorized());
    }

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBytes"/>; a body of announced length is read into one array of that length.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is { } length)
        {
            if (length > MaxBytes) return null;
            var exact = new byte[length];
            // The server holds the body to its announced length: a shorter one fails the request as a bad request.
            await http.Request.Body.ReadExactlyAsync(exact, http.RequestAborted);
            return exact;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
