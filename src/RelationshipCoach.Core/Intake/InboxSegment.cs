using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// One file of an inbox's log (<c>inbox-000001.log</c>, numbered in the order they were started): records are appended
/// to the newest, and a file is deleted once none of its records waits.
/// </summary>
internal sealed class InboxSegment : IDisposable
{
    private const string Prefix = "inbox-", Extension = ".log";
    /// <summary>Readers open the file themselves, so that deleting a segment never has to wait for a read.</summary>
    private const FileShare Sharing = FileShare.Read | FileShare.Delete;
    private readonly SafeFileHandle _file;

    private InboxSegment(string path, long number, SafeFileHandle file)
    {
        Path = path;
        Number = number;
        _file = file;
    }

    public string Path { get; }

    public long Number { get; }

    /// <summary>Where the next record goes.</summary>
    public long Length { get; private set; }

    /// <summary>How many of its records wait to be handled.</summary>
    public int Waiting { get; set; }

    public static InboxSegment Start(string folder, long number)
    {
        var path = System.IO.Path.Combine(folder, Prefix + number.ToString("D6", CultureInfo.InvariantCulture) + Extension);
        return new InboxSegment(path, number, File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, Sharing));
    }

    /// <summary>The segments in the folder, oldest first.</summary>
    public static IEnumerable<InboxSegment> Existing(string folder) =>
        Directory.EnumerateFiles(folder, Prefix + "*" + Extension)
            .Select(path => (Path: path, Number: long.TryParse(System.IO.Path.GetFileNameWithoutExtension(path)[Prefix.Length..],
                NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1))
            .Where(s => s.Number >= 0)
            .OrderBy(s => s.Number)
            .Select(s => new InboxSegment(s.Path, s.Number, File.OpenHandle(s.Path, FileMode.Open, FileAccess.ReadWrite, Sharing)));

    public ReadOnlyMemory<byte> ReadAll()
    {
        var data = new byte[RandomAccess.GetLength(_file)];
        return data.AsMemory(0, RandomAccess.Read(_file, data, fileOffset: 0));
    }

    public void Append(ReadOnlySpan<byte> record)
    {
        RandomAccess.Write(_file, record, Length);
        Length += record.Length;
    }

    public void MarkDone(long recordAt) => RandomAccess.Write(_file, [InboxRecord.Done], recordAt);

    public void Delete()
    {
        _file.Dispose();
        File.Delete(Path);
    }

    public void Dispose() => _file.Dispose();
}
