using System.Security.Cryptography;
using System.Text;

namespace RelationshipCoach.Slack.Verification;

/// <summary>Slack's v0 request signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the app's signing secret.</summary>
public static class SlackSignature
{
    /// <summary>Older requests are refused so that a captured request cannot be replayed later.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        byte[] data = [.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    public static bool IsValid(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (timestamp is null || signature is null || !long.TryParse(timestamp, out var seconds)) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > MaxAge.TotalSeconds) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
