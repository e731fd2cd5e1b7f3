using System.Globalization;

namespace CommunityStation.Bench;

/// <summary>Plausible Chinese names, valid ID numbers (GB 11643), USCCs (GB 32100) and phones, from a seed.</summary>
public static class Fake
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "蒋", "蔡", "潘", "钱", "丁", "任", "沈", "姚"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志明", "美华", "丽娟", "国强", "文", "婷", "斌", "红", "建华", "玉兰", "海燕", "晓东", "春梅", "卫东", "雪", "慧"];
    private static readonly string[] Places = ["东", "西", "南", "北", "中", "新", "桥", "湖", "山", "园", "河", "溪", "塘", "港", "坊", "庄", "林", "安", "和", "兴"];

    public static string Name(long seed) => Surnames[(int)(Mix(seed) % (ulong)Surnames.Length)] + Given[(int)(Mix(seed * 31 + 7) % (ulong)Given.Length)];

    public static string Place(long seed) => Places[(int)(Mix(seed) % (ulong)Places.Length)] + Places[(int)(Mix(seed + 101) % (ulong)Places.Length)];

    public static ulong Mix(long seed)
    {
        var z = (ulong)seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static int Below(long seed, int n) => (int)(Mix(seed) % (ulong)n);

    /// <summary>An 18-digit resident ID number with its GB 11643 check digit (320282: Yixing).</summary>
    public static string IdNumber(long seed, DateOnly birth, bool male) => IdNumber(birth, (Below(seed, 499) * 2) + (male ? 1 : 0));

    public static string IdNumber(DateOnly birth, int order)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"320282{birth:yyyyMMdd}{order:D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    public static string Mobile(long seed) => string.Create(CultureInfo.InvariantCulture, $"13{Below(seed, 10)}{Mix(seed + 3) % 100_000_000:D8}");

    /// <summary>A valid unified social credit code (GB 32100, civil affairs, Yixing), through the domain's own composer.</summary>
    public static string Uscc(long seed) =>
        CommunityStation.Domain.Common.UnifiedSocialCreditCode.Compose("52320282", string.Create(CultureInfo.InvariantCulture, $"{Mix(seed) % 100_000_000:D8}"));

    /// <summary>A 64-hex-digit token hash (the shape of SHA-256), cheap to make.</summary>
    public static string Hash64(long seed) => string.Create(64, seed, (span, s) =>
    {
        for (var i = 0; i < 4; i++)
        {
            Mix(s * 4 + i).TryFormat(span[(i * 16)..], out _, "x16", CultureInfo.InvariantCulture);
        }
    });
}
