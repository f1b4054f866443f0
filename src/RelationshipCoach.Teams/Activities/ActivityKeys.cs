using System.Security.Cryptography;
using System.Text;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Short, fixed-length ledger keys: conversation ids are long, and message ids repeat across conversations.</summary>
public static class ActivityKeys
{
    public static string Delivery(Activity activity) =>
        $"teams:activity:{Hash($"{activity.Conversation?.Id}|{activity.Type}|{activity.Id}")}";

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
