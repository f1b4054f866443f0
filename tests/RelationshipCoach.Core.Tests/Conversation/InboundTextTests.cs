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
}
