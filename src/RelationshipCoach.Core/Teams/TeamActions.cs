namespace RelationshipCoach.Core.Teams;

/// <summary>The ids of the team buttons and the values they carry.</summary>
public static class TeamActions
{
    public const string Add = "team.add";
    public const string Remove = "team.remove";
    /// <summary>The profile id of the colleague a button acts on.</summary>
    public const string UserKey = "user";
}
