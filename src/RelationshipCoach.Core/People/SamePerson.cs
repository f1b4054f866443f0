namespace RelationshipCoach.Core.People;

/// <summary>
/// One person on two channels is one person when both channels report the same email: the channels verify it,
/// so it is the one link between profiles nobody can forge by typing. Without an email a profile stands alone.
/// </summary>
public sealed class SamePerson(IPeopleSearch people)
{
    /// <summary>The profile and every other profile of the same person, the given one first.</summary>
    public async Task<IReadOnlyList<UserProfile>> ProfilesOfAsync(UserProfile profile, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(profile.Email)) return [profile];
        var others = await people.WithEmailAsync(profile.Email, ct);
        return [profile, .. others.Where(o => o.Id != profile.Id)];
    }
}
