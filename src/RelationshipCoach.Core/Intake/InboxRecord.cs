using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// One accepted request as the inbox's log holds it: a state byte, the id's length (1 byte), the body's length
/// (4 bytes), a CRC-32C, then the id and the body. The checksum is what tells a start where a record cut short by a
/// crash begins.
/// </summary>
internal readonly record struct InboxRecord(bool IsWaiting, string Id, int BodyLength)
{
    /// <summary>The state is rewritten in place once the request is handled, so it is the one byte the checksum leaves out.</summary>
    public const byte Waiting = (byte)'W';
    public const byte Done = (byte)'D';
    public const int HeaderLength = 10;
    private const int IdLengthAt = 1, BodyLengthAt = 2, ChecksumAt = 6;

    public int Length => HeaderLength + Id.Length + BodyLength;

    /// <summary>Where the body starts, from the start of the record.</summary>
    public int BodyAt => HeaderLength + Id.Length;

    public static int LengthOf(string id, ReadOnlySpan<byte> body) => HeaderLength + id.Length + body.Length;

    /// <summary>Writes a waiting record into <paramref name="record"/>, which is <see cref="LengthOf"/> long; the id is ASCII, as <see cref="InboxFolder.IsValidId"/> ensures.</summary>
    public static void Write(Span<byte> record, string id, ReadOnlySpan<byte> body)
    {
        record[0] = Waiting;
        record[IdLengthAt] = (byte)id.Length;
        BinaryPrimitives.WriteInt32LittleEndian(record[BodyLengthAt..], body.Length);
        Encoding.ASCII.GetBytes(id, record[HeaderLength..]);
        body.CopyTo(record[(HeaderLength + id.Length)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(record[ChecksumAt..], Checksum(record));
    }

    /// <summary>The whole record's length as its header gives it, or -1 when the header is not one.</summary>
    public static int LengthFrom(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength || header[0] is not (Waiting or Done)) return -1;
        var bodyLength = BinaryPrimitives.ReadInt32LittleEndian(header[BodyLengthAt..]);
        return header[IdLengthAt] == 0 || bodyLength < 0 || bodyLength > int.MaxValue - HeaderLength - header[IdLengthAt] ? -1 : HeaderLength + header[IdLengthAt] + bodyLength;
    }

    /// <summary>The record at the start of <paramref name="data"/>; false when it is cut short or damaged.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out InboxRecord record)
    {
        record = default;
        var length = LengthFrom(data);
        if (length < 0 || length > data.Length) return false;
        var idLength = data[IdLengthAt];
        var bodyLength = length - HeaderLength - idLength;
        var whole = data[..length];
        if (BinaryPrimitives.ReadUInt32LittleEndian(data[ChecksumAt..]) != Checksum(whole)) return false;
        record = new InboxRecord(data[0] == Waiting, Encoding.ASCII.GetString(whole.Slice(HeaderLength, idLength)), bodyLength);
        return true;
    }

    private static uint Checksum(ReadOnlySpan<byte> record) =>
        ~Crc32C(Crc32C(uint.MaxValue, record[IdLengthAt..ChecksumAt]), record[HeaderLength..]);

    /// <summary>BitOperations computes it with the processor's CRC instruction where there is one.</summary>
    private static uint Crc32C(uint crc, ReadOnlySpan<byte> data)
    {
        for (; data.Length >= sizeof(ulong); data = data[sizeof(ulong)..])
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
        foreach (var b in data) crc = BitOperations.Crc32C(crc, b);
        return crc;
    }
}
