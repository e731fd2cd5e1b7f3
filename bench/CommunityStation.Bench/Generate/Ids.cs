namespace CommunityStation.Bench;

/// <summary>Deterministic ids: one kind per table and a running number, so any table can be regenerated on its own.</summary>
public static class Ids
{
    public const int Tenant = 1, Community = 2, Station = 3, Person = 4, User = 5, Resident = 6, Case = 7, Rating = 8, Desk = 9,
        Workforce = 10, Post = 11, Contract = 12, Filing = 13, Application = 14, Notification = 15, DeskDuty = 16;

    public static Guid Of(int kind, long number)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], number);
        BitConverter.TryWriteBytes(bytes[8..12], kind);
        BitConverter.TryWriteBytes(bytes[12..], 0x62656e63); // "benc"
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version nibble, so it reads as an ordinary v4-shaped id
        return new Guid(bytes);
    }
}
