namespace RelationshipCoach.Core.People;

/// <summary>
/// How insistent the coach may be with a person: light sends only the first reminder, standard the policies'
/// follow-ups, active adds an end-of-day summary of what is still open.
/// </summary>
public enum NudgeIntensity { Standard, Light, Active }
