using NodaTime;

namespace RelationshipCoach.Core.Tests.Engagements;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FakeClock(Instant now) : TimeProvider
{
    public Instant Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToDateTimeOffset();
}
