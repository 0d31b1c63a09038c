using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace ReviewTimelines.Web.Internal;

/// <summary>Conditional GET (RFC 9110 §13): <c>If-None-Match</c> first (weak comparison, as the RFC asks for GET), then
/// <c>If-Modified-Since</c> only when no <c>If-None-Match</c> was sent.</summary>
internal static class Conditional
{
    public static bool IsNotModified(HttpRequest request, CachedBody body)
    {
        var headers = request.GetTypedHeaders();
        var noneMatch = headers.IfNoneMatch;
        if (noneMatch is { Count: > 0 })
        {
            var current = new EntityTagHeaderValue(body.ETag);
            return noneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        if (headers.IfModifiedSince is { } since)
        {
            // HTTP dates have whole seconds: compare the content's time truncated to the second.
            var modified = Instant.FromUnixTimeSeconds(body.LastModified.ToUnixTimeSeconds());
            return modified <= Instant.FromDateTimeOffset(since);
        }

        return false;
    }
}
