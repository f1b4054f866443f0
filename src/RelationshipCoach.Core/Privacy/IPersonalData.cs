using NodaTime;

namespace RelationshipCoach.Core.Privacy;

/// <summary>Everything the coach keeps about one person, for them to take away or to have forgotten.</summary>
public interface IPersonalData
{
    /// <summary>The person's data as one JSON document: profile, calls, engagements with check-ins, absences, teams, guidance feedback.</summary>
    Task<string> ExportAsync(long userId, CancellationToken ct);

    /// <summary>
    /// Deletes the person and everything that is theirs; their engagements go to <paramref name="engagementsTo"/> when given,
    /// and their guidance feedback is kept only as anonymous counts. One transaction: all or nothing.
    /// </summary>
    Task ForgetAsync(long userId, long? engagementsTo, CancellationToken ct);

    /// <summary>Clears the topics and notes of calls held before the cutoff (the call itself stays, for counts); returns how many.</summary>
    Task<int> ClearCallNotesAsync(Instant heldBefore, CancellationToken ct);
}
