using System.Text;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class MediaSnifferTests
{
    public static TheoryData<string, MediaKind, string> Signatures() => new()
    {
        { "FFD8FFE000104A464946000101000001", MediaKind.Photo, "image/jpeg" },
        { "89504E470D0A1A0A0000000D49484452", MediaKind.Photo, "image/png" },
        { Hex("GIF89a") + "0100010080000000", MediaKind.Photo, "image/gif" },
        { Hex("RIFF") + "24000000" + Hex("WEBPVP8 "), MediaKind.Photo, "image/webp" },
        { "00000018" + Hex("ftypheic") + "00000000", MediaKind.Photo, "image/heic" },
        { "0000001C" + Hex("ftypisom") + "00000200", MediaKind.Video, "video/mp4" },
        { "00000014" + Hex("ftypqt  ") + "00000000", MediaKind.Video, "video/quicktime" },
        { "0000001C" + Hex("ftypM4A ") + "00000000", MediaKind.Audio, "audio/mp4" },
        { Hex("ID3") + "0400000000000000000000000000", MediaKind.Audio, "audio/mpeg" },
        { "FFFB9064000000000000000000000000", MediaKind.Audio, "audio/mpeg" },
        { Hex("RIFF") + "24000000" + Hex("WAVEfmt "), MediaKind.Audio, "audio/wav" },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Recognises_accepted_formats_by_their_first_bytes(string hex, MediaKind kind, string contentType) =>
        Assert.Equal(new SniffedFormat(kind, contentType), MediaSniffer.Sniff(Convert.FromHexString(hex)));

    [Theory]
    [InlineData("4D5A90000300000004000000FFFF0000")] // a Windows executable ("MZ"), whatever its name
    [InlineData("504B0304140000000800000000000000")] // a ZIP archive (and so .docx, .jar)
    [InlineData("255044462D312E370A25E2E3CFD30A31")] // a PDF
    [InlineData("3C21444F43545950452068746D6C3E0A")] // an HTML page
    [InlineData("3C73766720786D6C6E733D2268747470")] // an SVG (script inside is possible)
    [InlineData("0000001C6674797061766966000000")] // AVIF: an ftyp box with a brand we do not take
    [InlineData("7F454C46020101000000000000000000")] // an ELF binary
    public void Refuses_everything_else(string hex) => Assert.Null(MediaSniffer.Sniff(Convert.FromHexString(hex)));

    private static string Hex(string ascii) => Convert.ToHexString(Encoding.ASCII.GetBytes(ascii));
}
