using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json;

/// <summary>An outside iCalendar feed named by a timetable file: a local path, the resource whose busy times it holds, and that resource's zone.</summary>
/// <remarks>
/// The reader never opens the file: the caller imports it (for example with <c>IcsImporter</c>, passing <see cref="Zone"/>
/// as the owner zone). <see cref="Path"/> is kept as written; a relative path is meant relative to the timetable file's
/// folder (see <see cref="ResolvePath"/>).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsFeedReference
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="path">The local path as written in the file.</param>
    /// <param name="owner">The country, person or seat whose busy times the feed holds.</param>
    /// <param name="zone">The owner's zone (used for all-day and floating events).</param>
    /// <param name="floatingZone">The zone for floating times, when it differs from <paramref name="zone"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank, or <paramref name="owner"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public IcsFeedReference(string path, TimetableResource owner, DateTimeZone zone, DateTimeZone? floatingZone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(zone);
        if (owner.Value is null)
        {
            throw new ArgumentException("The feed owner must not be default.", nameof(owner));
        }

        Path = path;
        Owner = owner;
        Zone = zone;
        FloatingZone = floatingZone;
    }

    /// <summary>Gets the local path as written in the file.</summary>
    public string Path { get; }

    /// <summary>Gets the resource whose busy times the feed holds.</summary>
    public TimetableResource Owner { get; }

    /// <summary>Gets the owner's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the zone for floating times, or null to use <see cref="Zone"/>.</summary>
    public DateTimeZone? FloatingZone { get; }

    /// <summary>Resolves <see cref="Path"/> against <paramref name="baseDirectory"/> (the timetable file's folder) when it is relative.</summary>
    /// <remarks>An absolute <see cref="Path"/> is returned as a full path unchanged; a relative <paramref name="baseDirectory"/> is itself taken relative to the process's current directory. The file is not opened.</remarks>
    /// <param name="baseDirectory">The folder of the timetable file.</param>
    /// <returns>A full path.</returns>
    /// <exception cref="ArgumentException"><paramref name="baseDirectory"/> is null or blank.</exception>
    public string ResolvePath(string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        return System.IO.Path.GetFullPath(Path, System.IO.Path.GetFullPath(baseDirectory));
    }

    /// <summary>Compares path, owner and zones (zones by id).</summary>
    /// <param name="other">The other feed.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(IcsFeedReference? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Owner == other.Owner
        && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal)
        && string.Equals(FloatingZone?.Id, other.FloatingZone?.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), Owner, Zone.Id);

    /// <summary>Formats the feed as <c>path (owner, zone)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2})", Path, Owner, Zone.Id);
}
