using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ReviewTimelines.Web.Internal;

/// <summary>A response body computed once per snapshot, with its strong validator.</summary>
/// <param name="Bytes">The body.</param>
/// <param name="ContentType">The media type with charset.</param>
/// <param name="ETag">A strong entity tag, the quoted first 128 bits of the body's SHA-256 in hex.</param>
/// <param name="LastModified">When the content last changed.</param>
/// <param name="CacheControl">The Cache-Control value.</param>
internal sealed record CachedBody(byte[] Bytes, string ContentType, string ETag, Instant LastModified, string CacheControl)
{
    public static CachedBody Of(string text, string contentType, Instant lastModified, string cacheControl)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = SHA256.HashData(bytes);
        return new CachedBody(bytes, contentType, "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"", lastModified, cacheControl);
    }
}
