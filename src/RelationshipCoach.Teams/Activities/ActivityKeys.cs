using System.Security.Cryptography;
using System.Text;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Short, fixed-length ledger keys: conversation ids are long, and message ids repeat across conversations.</summary>
public static class ActivityKeys
{
    public static string Delivery(Activity activity) => $"teams:activity:{Identity(activity)}";

    /// <summary>The activity's id in the inbox: a redelivery finds the first delivery still waiting there.</summary>
    public static string Inbox(Activity activity) =>
        activity.Id is { Length: > 0 } ? Identity(activity) : Guid.NewGuid().ToString("n");

    private static string Identity(Activity activity) => Hash($"{activity.Conversation?.Id}|{activity.Type}|{activity.Id}");

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
