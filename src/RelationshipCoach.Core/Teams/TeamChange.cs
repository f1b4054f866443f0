using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Teams;

/// <summary>"add @anna to my team" or "remove @anna from my team" in one of the four languages: who, and whether in or out.</summary>
public sealed partial record TeamChange(bool Adding, string Colleague)
{
    public static TeamChange? Read(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        if (Add().Match(trimmed) is { Success: true } add) return new TeamChange(true, add.Groups["who"].Value.Trim());
        if (Remove().Match(trimmed) is { Success: true } remove) return new TeamChange(false, remove.Groups["who"].Value.Trim());
        return null;
    }

    [GeneratedRegex(@"^(?:add (?<who>.+?) to my team|f(?:ü|u|ue)ge (?<who>.+?) (?:zu )?meinem team hinzu|nimm (?<who>.+?) in mein team auf|(?:agrega|agregar|añade|anade|añadir) (?<who>.+?) a mi equipo|tambahkan (?<who>.+?) ke tim saya)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Add();

    [GeneratedRegex(@"^(?:remove (?<who>.+?) from my team|entferne (?<who>.+?) aus meinem team|nimm (?<who>.+?) aus meinem team|(?:quita|quitar|elimina|eliminar|saca) (?<who>.+?) de mi equipo|(?:hapus|keluarkan) (?<who>.+?) dari tim saya)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remove();
}
