namespace CommunityStation.Web.Tests.Documents;

/// <summary>
/// Writes small but well-formed PDFs byte by byte, so tests can build hostile samples a PDF library would
/// never produce: escaped names, objects hidden in compressed object streams, incremental updates.
/// </summary>
public static class TestPdf
{
    public const string Catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    public const string Pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    public const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";

    /// <summary>A clean one-page PDF whose document information carries <paramref name="title"/> (so each one hashes differently).</summary>
    public static byte[] Titled(string title) => Build(Catalog, $"<< /Title ({title}) >>");

    /// <summary>A one-page PDF; <paramref name="catalog"/> replaces object 1, <paramref name="extra"/> are objects 4, 5, ….</summary>
    public static byte[] Build(string catalog = Catalog, params string[] extra) => Compose([catalog, Pages, Page, .. extra], string.Empty);

    /// <summary>A one-page PDF whose trailer names a (made-up) standard security handler, as password-protected PDFs do.</summary>
    public static byte[] Encrypted()
    {
        var key = new string('A', 64);
        return Compose([Catalog, Pages, Page, $"<< /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >>"], $" /Encrypt 4 0 R /ID [<{key[..32]}> <{key[..32]}>]");
    }

    private static byte[] Compose(List<string> objects, string trailer)
    {
        var body = new MemoryStream();
        Write(body, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(body.Position);
            Write(body, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = body.Position;
        Write(body, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(body, $"{offset:D10} 00000 n \n");
        }

        Write(body, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return body.ToArray();
    }

    /// <summary>
    /// Appends an incremental update (a second revision) to <paramref name="original"/>: the given objects by number,
    /// a cross-reference section for just them, and a trailer pointing back at the previous one (/Prev).
    /// </summary>
    public static byte[] Update(byte[] original, params (int Number, string Body)[] objects)
    {
        var body = new MemoryStream();
        body.Write(original);
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, text) in objects)
        {
            offsets.Add((number, body.Position));
            Write(body, $"{number} 0 obj\n{text}\nendobj\n");
        }

        var xref = body.Position;
        Write(body, "xref\n");
        foreach (var (number, offset) in offsets)
        {
            Write(body, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        var size = Math.Max(objects.Max(o => o.Number) + 1, 4 + 1);
        Write(body, $"trailer\n<< /Size {size} /Root 1 0 R /Prev {PreviousXref(original)} >>\nstartxref\n{xref}\n%%EOF\n");
        return body.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 file whose object 4 (<paramref name="hidden"/>) lives only inside a zlib-compressed object stream
    /// (object 5, /Type /ObjStm /Filter /FlateDecode), found through a cross-reference stream (object 6).
    /// </summary>
    public static byte[] WithObjectStream(string catalog, string hidden)
    {
        var body = new MemoryStream();
        Write(body, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[7];
        foreach (var (number, text) in new[] { (1, catalog), (2, Pages), (3, Page) })
        {
            offsets[number] = body.Position;
            Write(body, $"{number} 0 obj\n{text}\nendobj\n");
        }

        var header = "4 0 ";
        var packed = Deflate(Encoding.Latin1.GetBytes(header + hidden + "\n"));
        offsets[5] = body.Position;
        Write(body, $"5 0 obj\n<< /Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode /Length {packed.Length} >>\nstream\n");
        body.Write(packed);
        Write(body, "\nendstream\nendobj\n");

        // Cross-reference stream: type 1 = offset in file, type 2 = (object stream number, index), /W [1 4 2].
        offsets[6] = body.Position;
        var rows = new MemoryStream();
        void Row(byte type, long field2, int field3)
        {
            rows.WriteByte(type);
            rows.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            rows.Write([(byte)(field3 >> 8), (byte)field3]);
        }

        Row(0, 0, 65535);
        Row(1, offsets[1], 0);
        Row(1, offsets[2], 0);
        Row(1, offsets[3], 0);
        Row(2, 5, 0);
        Row(1, offsets[5], 0);
        Row(1, offsets[6], 0);
        var data = rows.ToArray();
        Write(body, $"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {data.Length} >>\nstream\n");
        body.Write(data);
        Write(body, $"\nendstream\nendobj\nstartxref\n{offsets[6]}\n%%EOF\n");
        return body.ToArray();
    }

    private static long PreviousXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length;
        return long.Parse(text[at..].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim(), CultureInfo.InvariantCulture);
    }

    private static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
