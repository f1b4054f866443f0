using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.Win32.SafeHandles;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// Accepted requests waiting to be handled, appended to a log in the folder before the channel gets its 200: a crash or
/// restart before a request is handled loses nothing, because the log is read again at start. Keeping this out of the
/// database keeps acknowledgements from queueing for its write lock; a log instead of a file per request keeps them
/// from queueing for the filesystem's journal, which throttles creating and deleting files by the hundred thousand.
/// One process at a time may use a folder.
/// </summary>
public partial class InboxFolder : IDisposable
{
    /// <summary>Large enough that starting and deleting segments is rare, small enough that one stuck request keeps little on disk.</summary>
    public const int DefaultSegmentBytes = 8 << 20;
    private const string LockFile = "inbox.lock";

    /// <summary>More than this many waiting at once is a backlog, answered once no more than <see cref="BacklogAnsweredAt"/> wait.</summary>
    public const int BacklogSize = 1024;

    /// <summary>
    /// Not none: a request that keeps failing waits for the next start, and new ones arrive while a backlog ends, so
    /// a backlog would otherwise never count as answered.
    /// </summary>
    public const int BacklogAnsweredAt = 16;

    private readonly string _folder;
    private readonly int _segmentBytes;
    private readonly SafeFileHandle _lock;
    private readonly Lock _gate = new();
    /// <summary>Each waiting request's <see cref="Place"/>: under overload tens of thousands wait, so an entry is kept small.</summary>
    private readonly Dictionary<string, long> _waiting = new(StringComparer.Ordinal);
    /// <summary>The segments on disk by number: the current one and those with records still waiting.</summary>
    private readonly Dictionary<long, InboxSegment> _segments = [];
    /// <summary>The most that waited at once since the last backlog was answered.</summary>
    private int _mostWaiting;
    private InboxSegment _current;
    private bool _disposed;

    /// <summary>
    /// Raised, outside the inbox's lock, when a backlog has been answered: what held it in memory (its index, its ids,
    /// what waited parsed) is garbage from then on.
    /// </summary>
    public event Action? BacklogAnswered;

    /// <summary>Reads the log a stop left, then starts a segment of its own for what arrives.</summary>
    public InboxFolder(string folder, int segmentBytes = DefaultSegmentBytes)
    {
        _folder = Directory.CreateDirectory(folder).FullName;
        _segmentBytes = segmentBytes;
        _lock = LockFolder(_folder);
        try
        {
            foreach (var stray in Directory.EnumerateFiles(_folder, "*.tmp")) File.Delete(stray);
            _current = InboxSegment.Start(_folder, Replay() + 1);
            _segments.Add(_current.Number, _current);
            ImportFiles();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// False when the request is already waiting here (a redelivery racing the first). Written synchronously, in one
    /// write to the page cache at the end of the log: that costs less than the thread pool hop an asynchronous file
    /// write takes on Linux, and the record is built before the lock is taken, so concurrent requests queue only for
    /// the write itself.
    /// </summary>
    public bool TryAdd(string id, ReadOnlySpan<byte> body)
    {
        ThrowIfNotId(id);
        var length = InboxRecord.LengthOf(id, body);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        InboxSegment? full;
        try
        {
            var record = buffer.AsSpan(0, length);
            InboxRecord.Write(record, id, body);
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_waiting.ContainsKey(id)) return false;
                full = _current.Length >= _segmentBytes ? RollOver() : null;
                var at = _current.Length;
                _current.Append(record);
                Add(id, _current, at);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        full?.Delete();
        return true;
    }

    /// <summary>The request's body, or null when it is not waiting (any more).</summary>
    public async Task<byte[]?> ReadAsync(string id, CancellationToken ct)
    {
        ThrowIfNotId(id);
        string path;
        long at;
        lock (_gate)
        {
            if (!_waiting.TryGetValue(id, out var place)) return null;
            (path, at) = (_segments[SegmentOf(place)].Path, OffsetOf(place));
        }
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[InboxRecord.HeaderLength];
            var whole = await RandomAccess.ReadAsync(file, header, at, ct) == header.Length ? InboxRecord.LengthFrom(header) : -1;
            var record = new byte[Math.Max(whole, 0)];
            return whole > 0 && await RandomAccess.ReadAsync(file, record, at, ct) == whole && InboxRecord.TryRead(record, out var read)
                ? record[read.BodyAt..]
                : throw new InvalidDataException($"The inbox segment {path} was changed outside the service.");
        }
        catch (FileNotFoundException)
        {
            // Removed since it was looked up, and its segment deleted with it.
            return null;
        }
    }

    /// <summary>
    /// Marks the request handled by rewriting its record's state byte, and deletes its segment if nothing else in it
    /// waits. Appending a removal instead would tie segments together: a removal in a later segment would have to
    /// outlive the segment of its request, or the request would wait again after the next start.
    /// </summary>
    public void Remove(string id)
    {
        ThrowIfNotId(id);
        InboxSegment? emptied;
        bool backlogAnswered;
        lock (_gate)
        {
            if (!_waiting.Remove(id, out var place)) return;
            var segment = _segments[SegmentOf(place)];
            segment.MarkDone(OffsetOf(place));
            segment.Waiting--;
            emptied = Retire(segment);
            backlogAnswered = _mostWaiting > BacklogSize && _waiting.Count <= BacklogAnsweredAt;
            if (backlogAnswered)
            {
                // The index would otherwise keep its largest size for good.
                _waiting.TrimExcess();
                _mostWaiting = _waiting.Count;
            }
        }
        emptied?.Delete();
        if (backlogAnswered) BacklogAnswered?.Invoke();
    }

    /// <summary>Whether a backlog is waiting to be answered: more than <see cref="BacklogSize"/> waited at once since the last one was.</summary>
    public bool InBacklog
    {
        get
        {
            lock (_gate) return _mostWaiting > BacklogSize;
        }
    }

    /// <summary>How many requests wait: the backlog operators see.</summary>
    public int WaitingCount
    {
        get
        {
            lock (_gate) return _waiting.Count;
        }
    }

    /// <summary>The ids waiting, oldest first.</summary>
    public IEnumerable<string> Waiting()
    {
        KeyValuePair<string, long>[] waiting;
        lock (_gate) waiting = [.. _waiting];
        return [.. waiting.OrderBy(w => w.Value).Select(w => w.Key)];
    }

    /// <summary>
    /// Only letters, digits, '_' and '-', at most 100: the log stores an id as ASCII after a one-byte length, and the
    /// version before the log, whose files are still imported, used it as a file name.
    /// </summary>
    public static bool IsValidId(string? id) => id is { Length: > 0 and <= 100 } && SafeId().IsMatch(id);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var segment in _segments.Values) segment.Dispose();
            _segments.Clear();
        }
        _lock.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Two processes appending to one log would overwrite each other's records, so the second is refused at start.</summary>
    private static SafeFileHandle LockFolder(string folder)
    {
        try
        {
            return File.OpenHandle(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"The inbox folder {folder} is in use by another process; give each instance a folder of its own.", e);
        }
    }

    /// <summary>Rebuilds what waits from the segments a stop left, deleting those with nothing waiting.</summary>
    /// <returns>The highest segment number found, so that new segments sort after it.</returns>
    private long Replay()
    {
        long last = 0;
        foreach (var segment in InboxSegment.Existing(_folder))
        {
            _segments.Add(segment.Number, segment);
            last = segment.Number;
            var data = segment.ReadAll();
            // A record that is cut short or damaged ends the segment: a crash stopped the log there.
            for (var at = 0; InboxRecord.TryRead(data.Span[at..], out var record); at += record.Length)
            {
                if (!record.IsWaiting) continue;
                // A second waiting record of an id means the first's removal never reached the disk: handle it once more, not twice.
                if (_waiting.ContainsKey(record.Id)) segment.MarkDone(at);
                else Add(record.Id, segment, at);
            }
            if (segment.Waiting == 0)
            {
                _segments.Remove(segment.Number);
                segment.Delete();
            }
        }
        return last;
    }

    /// <summary>
    /// Takes over the requests a stop left as files of the version before the log, oldest first. Each was written once,
    /// so its last write time is when it arrived, which Linux, unlike a creation time, always records.
    /// </summary>
    private void ImportFiles()
    {
        var files = new DirectoryInfo(_folder).EnumerateFiles("*.json")
            .Where(f => IsValidId(Path.GetFileNameWithoutExtension(f.Name)))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            TryAdd(Path.GetFileNameWithoutExtension(file.Name), File.ReadAllBytes(file.FullName));
            file.Delete();
        }
    }

    private void Add(string id, InboxSegment segment, long at)
    {
        _waiting.Add(id, Place(segment.Number, at));
        _mostWaiting = Math.Max(_mostWaiting, _waiting.Count);
        segment.Waiting++;
    }

    /// <summary>
    /// A record's place as one number, the segment's in the high bits and the offset in the low 40: it orders the
    /// waiting requests by arrival, since segments are numbered and appended to in that order.
    /// </summary>
    private static long Place(long segment, long at) => segment << OffsetBits | at;

    private static long SegmentOf(long place) => place >> OffsetBits;

    private static long OffsetOf(long place) => place & ((1L << OffsetBits) - 1);

    private const int OffsetBits = 40;

    /// <summary>Starts the next segment; the full one, when nothing in it waits, is returned to be deleted.</summary>
    private InboxSegment? RollOver()
    {
        var full = _current;
        _current = InboxSegment.Start(_folder, full.Number + 1);
        _segments.Add(_current.Number, _current);
        return Retire(full);
    }

    /// <summary>The segment, taken off the list, when it is not the current one and nothing in it waits; it is deleted outside the lock.</summary>
    private InboxSegment? Retire(InboxSegment segment)
    {
        if (segment == _current || segment.Waiting > 0) return null;
        _segments.Remove(segment.Number);
        return segment;
    }

    private static void ThrowIfNotId(string id)
    {
        if (!IsValidId(id)) throw new ArgumentException("Not an inbox id.", nameof(id));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SafeId();
}
