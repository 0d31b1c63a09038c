using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NodaTime;

namespace ReviewTimelines.Web.Remote;

/// <summary>Fetches another secretariat's iCalendar feed from a configured address: https only (http only to a loopback
/// address, for tests), bounded, conditional and fail-soft.</summary>
/// <remarks>
/// <para>Explicit: the fetcher requests the address it is given and the redirects the server answers with, nothing
/// else; it never follows a URL found inside a feed. Bounded: one overall time-out (<see cref="RemoteFeedOptions.Timeout"/>),
/// a size limit counted on the bytes received (<see cref="RemoteFeedOptions.MaxBytes"/>), at most
/// <see cref="RemoteFeedOptions.MaxRedirects"/> redirects, each checked against the same address rules. Conditional: with a
/// last good copy of the same address it sends <c>If-None-Match</c> and <c>If-Modified-Since</c> from that copy's
/// validators and reuses the copy on 304. Fail-soft: a network error, time-out, HTTP error, oversized body, non-UTF-8 body
/// or a body that is not an iCalendar object leaves the last good copy in use (<see cref="RemoteFeedOutcome.LastGoodCopy"/>)
/// with a sentence saying why; the caller shows it.</para>
/// </remarks>
/// <threadsafety>Safe to use from several threads; dispose once when done.</threadsafety>
public sealed class RemoteFeedFetcher : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly HttpClient client;
    private readonly IClock clock;
    private readonly RemoteFeedOptions options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="clock">The clock for <see cref="RemoteFeedCopy.FetchedAt"/>.</param>
    /// <param name="options">The bounds; null for the defaults.</param>
    /// <param name="handler">The HTTP handler (tests pass their own); null for a <see cref="SocketsHttpHandler"/> that follows no redirect by itself and keeps no cookies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public RemoteFeedFetcher(IClock clock, RemoteFeedOptions? options = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        this.options = options ?? new RemoteFeedOptions();
        client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = this.options.MaxBytes,
        };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ReviewTimelines", "0.1"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/calendar"));
    }

    /// <summary>Checks that an address may be fetched: absolute, https, or http to a loopback host; no user name or password in it.</summary>
    /// <param name="address">The address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException">The address is relative, has another scheme, is http to a host that is not loopback, or carries user information.</exception>
    public static void CheckAddress(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (Refusal(address) is { } reason)
        {
            throw new ArgumentException(reason, nameof(address));
        }
    }

    /// <summary>Fetches the feed, conditionally when <paramref name="lastGood"/> is a copy of the same address.</summary>
    /// <param name="address">The configured address.</param>
    /// <param name="lastGood">The last good copy, or null.</param>
    /// <param name="cancellationToken">Cancels the fetch (then <see cref="OperationCanceledException"/> is thrown, not a failure reported).</param>
    /// <returns>The copy to use and what happened; never throws for a network or server failure.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> fails <see cref="CheckAddress"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<RemoteFeedResult> FetchAsync(Uri address, RemoteFeedCopy? lastGood, CancellationToken cancellationToken = default)
    {
        CheckAddress(address);
        var previous = lastGood is not null && lastGood.Address == address ? lastGood : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout.ToTimeSpan());
        try
        {
            return await Fetch(address, previous, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "no answer within {0} seconds", (long)options.Timeout.TotalSeconds));
        }
        catch (HttpRequestException e)
        {
            return Failure(address, previous, "the connection failed (" + (e.HttpRequestError == HttpRequestError.Unknown ? e.Message : Words(e.HttpRequestError.ToString())) + ")");
        }
        catch (IOException e)
        {
            return Failure(address, previous, "the connection broke off (" + e.Message + ")");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => client.Dispose();

    private async Task<RemoteFeedResult> Fetch(Uri address, RemoteFeedCopy? previous, CancellationToken token)
    {
        var current = address;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (previous?.EntityTag is { } tag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            }

            if (previous?.LastModified is { } modified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (response.Headers.Location is not { } location)
                {
                    return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "HTTP {0} without a Location", status));
                }

                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (redirects >= options.MaxRedirects)
                {
                    return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "more than {0} redirects", options.MaxRedirects));
                }

                if (Refusal(next) is { } reason)
                {
                    return Failure(address, previous, "a redirect to a refused address: " + reason);
                }

                current = next;
                continue;
            }

            return await Answer(address, previous, response, token).ConfigureAwait(false);
        }
    }

    private async Task<RemoteFeedResult> Answer(Uri address, RemoteFeedCopy? previous, HttpResponseMessage response, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        if (status == 304)
        {
            return previous is null
                ? Failure(address, null, "HTTP 304 Not Modified without a copy to reuse")
                : new RemoteFeedResult(RemoteFeedOutcome.NotModified, new RemoteFeedCopy(address, previous.Text, Header(response, "ETag") ?? previous.EntityTag, Header(response, "Last-Modified") ?? previous.LastModified, clock.GetCurrentInstant()), null);
        }

        if (status != 200)
        {
            return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "HTTP {0} {1}", status, response.ReasonPhrase));
        }

        if (response.Content.Headers.ContentLength is { } length && length > options.MaxBytes)
        {
            return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "the feed is {0} bytes, over the limit of {1}", length, options.MaxBytes));
        }

        var bytes = await ReadLimited(response, token).ConfigureAwait(false);
        if (bytes is null)
        {
            return Failure(address, previous, string.Format(CultureInfo.InvariantCulture, "the feed is over the limit of {0} bytes", options.MaxBytes));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failure(address, previous, "the feed is not UTF-8 text (RFC 5545 §3.1.4)");
        }

        if (!text.TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return Failure(address, previous, "the answer is not an iCalendar feed (it does not start with BEGIN:VCALENDAR)");
        }

        return new RemoteFeedResult(RemoteFeedOutcome.Fetched, new RemoteFeedCopy(address, text, Header(response, "ETag"), Header(response, "Last-Modified"), clock.GetCurrentInstant()), null);
    }

    private async Task<byte[]?> ReadLimited(HttpResponseMessage response, CancellationToken token)
    {
        using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? values.FirstOrDefault() : null;

    private static RemoteFeedResult Failure(Uri address, RemoteFeedCopy? previous, string why)
    {
        var problem = string.Format(CultureInfo.InvariantCulture, "fetching {0} failed: {1}", address, why);
        return previous is null
            ? new RemoteFeedResult(RemoteFeedOutcome.Failed, null, problem)
            : new RemoteFeedResult(RemoteFeedOutcome.LastGoodCopy, previous, problem);
    }

    private static string? Refusal(Uri address)
    {
        if (!address.IsAbsoluteUri)
        {
            return string.Format(CultureInfo.InvariantCulture, "'{0}' is not an absolute address.", address);
        }

        if (address.UserInfo.Length > 0)
        {
            return string.Format(CultureInfo.InvariantCulture, "'{0}' carries a user name or password; put credentials elsewhere.", address.GetLeftPart(UriPartial.Scheme) + address.Host);
        }

        if (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, "'{0}' is not an https address (http is allowed only to a loopback address such as 127.0.0.1, for tests).", address);
    }

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : (i == 0 ? char.ToLowerInvariant(c).ToString() : c.ToString())));
}
