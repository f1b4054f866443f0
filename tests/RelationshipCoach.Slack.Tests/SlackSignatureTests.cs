using System.Text;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Slack.Tests;

public sealed class SlackSignatureTests
{
    // Slack's documented example (also the Python SDK's test vector).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset Then = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Matches_slacks_documented_example() => Assert.Equal(Expected, SlackSignature.Compute(Secret, Timestamp, Body));

    [Fact]
    public void Accepts_the_right_signature_within_five_minutes() =>
        Assert.True(SlackSignature.IsValid(Secret, Timestamp, Expected, Body, Then.AddMinutes(4)));

    [Fact]
    public void Refuses_tampered_bodies_wrong_secrets_stale_or_missing_values()
    {
        Assert.False(SlackSignature.IsValid(Secret, Timestamp, Expected, [.. Body, (byte)'x'], Then));
        Assert.False(SlackSignature.IsValid("other", Timestamp, Expected, Body, Then));
        Assert.False(SlackSignature.IsValid(Secret, Timestamp, Expected, Body, Then.AddMinutes(5).AddSeconds(1)));
        Assert.False(SlackSignature.IsValid(Secret, Timestamp, Expected, Body, Then.AddMinutes(-5).AddSeconds(-1)));
        Assert.False(SlackSignature.IsValid(Secret, null, Expected, Body, Then));
        Assert.False(SlackSignature.IsValid(Secret, Timestamp, null, Body, Then));
        Assert.False(SlackSignature.IsValid(Secret, "yesterday", Expected, Body, Then));
    }
}
