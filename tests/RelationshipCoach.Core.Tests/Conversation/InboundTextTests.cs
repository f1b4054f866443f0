using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.Tests.Conversation;

public sealed class InboundTextTests
{
    [Fact]
    public void Removes_control_characters_but_keeps_lines() =>
        Assert.Equal("call Acme\nnext line", InboundText.Clean("\u0000 call\u0007 Acme\r\nnext line \u001b"));

    [Fact]
    public void Composes_decomposed_accents() =>
        Assert.Equal("Müller", InboundText.Clean("Mu\u0308ller"));

    [Fact]
    public void Cleans_form_values_and_keeps_channel_hints_only_when_they_look_right()
    {
        var inbound = new Inbound(new UserRef(Channels.Slack, "T1", "U1"), "hi", DateTimeOffset.UnixEpoch)
        {
            Action = new InboundAction("call.log", new Dictionary<string, string> { ["client"] = "Ac\u0000me\u0007" }),
            Locale = "de\u0000DE",
            DisplayName = new string('x', 500),
            Email = "a@b.c\u0000",
        };

        var cleaned = InboundText.Clean(inbound);

        Assert.Equal("Acme", cleaned.Action!.Value("client"));
        Assert.Null(cleaned.Locale);
        Assert.Equal(InboundText.MaxDisplayNameLength, cleaned.DisplayName!.Length);
        Assert.Equal("a@b.c", cleaned.Email);
        Assert.Equal("de-DE", InboundText.Clean(inbound with { Locale = "de-DE" }).Locale);
    }
}
