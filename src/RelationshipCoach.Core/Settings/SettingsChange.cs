using System.Text.RegularExpressions;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Settings;

/// <summary>What a person asked to change in their settings, read from plain words ("language de, Europe/Berlin, Mon-Fri 09:00-17:00") or the settings form.</summary>
public sealed partial record SettingsChange(Language? Language, string? TimeZoneId, WorkingHours? WorkingHours, IReadOnlyList<string> Unreadable)
{
    public NudgeIntensity? Intensity { get; init; }

    public bool IsEmpty => Language is null && TimeZoneId is null && WorkingHours is null && Intensity is null && Unreadable.Count == 0;

    public static SettingsChange FromText(string text)
    {
        Language? language = null;
        string? zone = null;
        WorkingHours? hours = null;
        var unreadable = new List<string>();

        var hoursMatch = HoursPattern().Match(text);
        if (hoursMatch.Success)
        {
            if (People.WorkingHours.TryParse(hoursMatch.Value, out var parsed)) hours = parsed;
            else unreadable.Add(hoursMatch.Value);
            text = text.Remove(hoursMatch.Index, hoursMatch.Length);
        }
        foreach (var word in text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Contains('/') || word.Equals("UTC", StringComparison.OrdinalIgnoreCase))
            {
                if (Zones.Find(word) is not null) zone = Zones.Find(word)!.Id;
                else unreadable.Add(word);
            }
            else if (LanguageCodes.TryParse(word, out var l) && word.Length > 1 && !IsKeyword(word)) language = l;
        }
        return new SettingsChange(language, zone, hours, unreadable);
    }

    public static SettingsChange FromForm(string? language, string? zone, string? hours, string? intensity = null)
    {
        var unreadable = new List<string>();
        Language? parsedLanguage = null;
        if (language is not null)
        {
            if (LanguageCodes.TryParse(language, out var l)) parsedLanguage = l;
            else unreadable.Add(language);
        }
        string? parsedZone = null;
        if (zone is not null)
        {
            parsedZone = Zones.Find(zone)?.Id;
            if (parsedZone is null) unreadable.Add(zone);
        }
        WorkingHours? parsedHours = null;
        if (hours is not null)
        {
            if (People.WorkingHours.TryParse(hours, out var h)) parsedHours = h;
            else unreadable.Add(hours);
        }
        NudgeIntensity? parsedIntensity = null;
        if (intensity is not null)
        {
            if (Enum.TryParse<NudgeIntensity>(intensity, ignoreCase: true, out var i) && Enum.IsDefined(i)) parsedIntensity = i;
            else unreadable.Add(intensity);
        }
        return new SettingsChange(parsedLanguage, parsedZone, parsedHours, unreadable) { Intensity = parsedIntensity };
    }

    public UserProfile ApplyTo(UserProfile profile) => profile with
    {
        Language = Language ?? profile.Language,
        TimeZoneId = TimeZoneId ?? profile.TimeZoneId,
        WorkingHours = WorkingHours ?? profile.WorkingHours,
        Intensity = Intensity ?? profile.Intensity,
    };

    /// <summary>"Bahasa" and "Indonesia" name the language only together with another word; alone they are the setting's label.</summary>
    private static bool IsKeyword(string word) => TextFolding.Fold(word) is "bahasa" or "idioma" or "sprache" or "language";

    [GeneratedRegex(@"\b[A-Za-z]{3}[a-z]*(\s*-\s*[A-Za-z]{3}[a-z]*)?\s+\d{1,2}(:\d{2})?\s*-\s*\d{1,2}(:\d{2})?\b")]
    private static partial Regex HoursPattern();
}
