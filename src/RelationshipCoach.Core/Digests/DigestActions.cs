namespace RelationshipCoach.Core.Digests;

/// <summary>The ids of the digest's buttons and the values a nudge button carries.</summary>
public static class DigestActions
{
    public const string Now = "digest.now";
    public const string Nudge = "digest.nudge";
    public const string RepKey = "rep";
    public const string KindKey = "kind";
    public const string ClientKey = "client";
    public const string DetailKey = "detail";
}
