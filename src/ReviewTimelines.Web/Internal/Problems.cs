using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ReviewTimelines.Web.Internal;

/// <summary>Writes errors as RFC 9457 problem details (<c>application/problem+json</c>): a title, the status, a plain
/// sentence, never an exception's text or stack trace.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    public static Task Write(HttpContext context, int status, string detail, Action<Utf8JsonWriter>? extra = null, string? allow = null)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (allow is not null)
        {
            response.Headers.Allow = allow;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ApiJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            json.WriteString("instance", context.Request.PathBase + context.Request.Path);
            extra?.Invoke(json);
            json.WriteEndObject();
        }

        var bytes = stream.ToArray();
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
