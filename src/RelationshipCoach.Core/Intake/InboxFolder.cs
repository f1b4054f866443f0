using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// Accepted requests waiting to be handled, one file per id, written before the channel gets its 200: a crash or
/// restart before a request is handled loses nothing, because the files are picked up again at start. Keeping this
/// out of the database keeps acknowledgements from queueing for its write lock.
/// </summary>
public partial class InboxFolder(string folder)
{
    private readonly DirectoryInfo _folder = Directory.CreateDirectory(folder);

    /// <summary>
    /// False when the request is already waiting here (a redelivery racing the first). Written synchronously and with
    /// the fewest system calls: a small write to the page cache costs less than the thread pool hop an asynchronous
    /// file write takes on Linux, and a file that is new needs no truncating or seeking.
    /// </summary>
    public bool TryAdd(string id, ReadOnlySpan<byte> body)
    {
        var path = PathOf(id);
        if (File.Exists(path)) return false;
        var temporary = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            RandomAccess.Write(file, body, fileOffset: 0);
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

    public async Task<byte[]?> ReadAsync(string id, CancellationToken ct) =>
        File.Exists(PathOf(id)) ? await File.ReadAllBytesAsync(PathOf(id), ct) : null;

    public void Remove(string id) => File.Delete(PathOf(id));

    /// <summary>The ids waiting, oldest first.</summary>
    public IEnumerable<string> Waiting() =>
        _folder.EnumerateFiles("*.json").OrderBy(f => f.CreationTimeUtc).Select(f => Path.GetFileNameWithoutExtension(f.Name));

    /// <summary>Ids become file names, so only letters, digits, '_' and '-' are taken.</summary>
    public static bool IsValidId(string? id) => id is { Length: > 0 and <= 100 } && SafeId().IsMatch(id);

    private string PathOf(string id) =>
        IsValidId(id) ? Path.Combine(_folder.FullName, id + ".json") : throw new ArgumentException("Not an inbox id.", nameof(id));

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SafeId();
}
