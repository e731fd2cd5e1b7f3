namespace CommunityStation.Domain.Common;

/// <summary>Masks personal data for lists: enough to recognise, not enough to use.</summary>
public static class Masking
{
    public static string MaskIdNumber(string? id) => Mask(id, keepStart: 4, keepEnd: 4);

    public static string MaskPhone(string? phone) => Mask(phone, keepStart: 3, keepEnd: 4);

    private static string Mask(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
