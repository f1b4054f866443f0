using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Settings;

namespace RelationshipCoach.Core.Tests.Settings;

public sealed class SettingsChangeTests
{
    [Fact]
    public void Reads_language_zone_and_hours_from_plain_words()
    {
        var change = SettingsChange.FromText("de Europe/Berlin Mon-Thu 09:00-17:00");
        Assert.Equal(Language.De, change.Language);
        Assert.Equal("Europe/Berlin", change.TimeZoneId);
        Assert.Equal("Mon-Thu 09:00-17:00", change.WorkingHours!.ToString());
        Assert.Empty(change.Unreadable);
    }

    [Fact]
    public void Fixes_the_case_of_a_zone_name() =>
        Assert.Equal("America/Mexico_City", SettingsChange.FromText("america/mexico_city").TimeZoneId);

    [Fact]
    public void Names_what_it_could_not_read()
    {
        var change = SettingsChange.FromForm("fr", "Mars/Olympus", "sometimes");
        Assert.Equal(["fr", "Mars/Olympus", "sometimes"], change.Unreadable);
        Assert.Null(change.Language);
    }
}
