using System.Text.RegularExpressions;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Accepted events waiting to be handled, one file per event id, written before Slack gets its 200: a crash or
/// restart before the event is handled loses nothing, because the files are picked up again at start.
/// </summary>
public sealed partial class SlackEventInbox(SlackOptions options)
{
    private readonly DirectoryInfo _folder = Directory.CreateDirectory(options.InboxFolder);

    /// <summary>
    /// False when the event is already waiting here (a redelivery racing the first). Written synchronously and with
    /// the fewest system calls: a small write to the page cache costs less than the thread pool hop an asynchronous
    /// file write takes on Linux, and a file that is new needs no truncating or seeking.
    /// </summary>
    public bool TryAdd(string eventId, byte[] envelope)
    {
        var path = PathOf(eventId);
        if (File.Exists(path)) return false;
        var temporary = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            RandomAccess.Write(file, envelope, fileOffset: 0);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return false;
        }
    }

    public async Task<byte[]?> ReadAsync(string eventId, CancellationToken ct) =>
        File.Exists(PathOf(eventId)) ? await File.ReadAllBytesAsync(PathOf(eventId), ct) : null;

    public void Remove(string eventId) => File.Delete(PathOf(eventId));

    public IEnumerable<string> Waiting() =>
        _folder.EnumerateFiles("*.json").OrderBy(f => f.CreationTimeUtc).Select(f => Path.GetFileNameWithoutExtension(f.Name));

    public static bool IsValidId(string? eventId) => eventId is { Length: > 0 and <= 100 } && SafeId().IsMatch(eventId);

    private string PathOf(string eventId) =>
        IsValidId(eventId) ? Path.Combine(_folder.FullName, eventId + ".json") : throw new ArgumentException("Not a Slack event id.", nameof(eventId));

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SafeId();
}
