namespace RelationshipCoach.Core.People;

/// <summary>What to call a person in a message: their display name, else their email, else their channel id.</summary>
public static class PersonName
{
    public static string Of(UserProfile profile) =>
        !string.IsNullOrWhiteSpace(profile.DisplayName) ? profile.DisplayName
        : !string.IsNullOrWhiteSpace(profile.Email) ? profile.Email
        : profile.Ref.UserId;
}
