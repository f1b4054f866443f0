using System.Globalization;

namespace RelationshipCoach.Tests.Engagements;

/// <summary>Phase end dates some weeks ahead of the real clock, written as a rep in each language would, so tests do not age.</summary>
public static class PhaseDates
{
    public static DateTime Ahead(int days) => DateTime.UtcNow.Date.AddDays(days);

    public static string En(int days) => Ahead(days).ToString("MMM d", CultureInfo.GetCultureInfo("en-US"));

    public static string De(int days) => $"{Ahead(days).Day}.{Ahead(days).Month}.";

    public static string Id(int days) => Ahead(days).ToString("d MMMM", CultureInfo.GetCultureInfo("id-ID"));
}
