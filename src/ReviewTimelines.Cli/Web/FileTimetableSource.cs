using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Web;

namespace ReviewTimelines.Cli.Web;

/// <summary>The timetable <c>serve</c> serves: loaded from the run's files, reloaded and re-checked when one of them
/// changes (debounced) and when the remote feeds are due again, each reload logged with its conflict counts.</summary>
/// <remarks>A reload that fails (a file half-written, a JSON error) keeps the last good timetable in service and adds a
/// notice saying so to the snapshot, so the page and the API tell their readers; the error goes to the log.</remarks>
internal sealed class FileTimetableSource : ITimetableSource, IDisposable
{
    /// <summary>How long the source waits after the last file event before it reloads (editors write in several steps).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    private static readonly InstantPattern LogStamp = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private readonly RunSettings settings;
    private readonly CliEnvironment environment;
    private readonly Lock gate = new();
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer debounce;
    private readonly Timer? poll;
    private HashSet<string> files = new(StringComparer.Ordinal);
    private TimetableSnapshot current;
    private string lastChange = "start";

    private FileTimetableSource(RunSettings settings, CliEnvironment environment, Duration remotePoll)
    {
        this.settings = settings;
        this.environment = environment;
        debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        current = Load(out var loaded);
        Watch(loaded);
        if (settings.IcsUrls.Count > 0 || loaded.Feeds.Count > 0)
        {
            var period = remotePoll.ToTimeSpan();
            poll = new Timer(_ => { lastChange = "remote feeds due"; Reload(); }, null, period, period);
        }
    }

    /// <inheritdoc/>
    public TimetableSnapshot Current => Volatile.Read(ref current);

    /// <summary>Loads the timetable (bad input throws <see cref="CliInputException"/>, so <c>serve</c> does not start) and starts watching.</summary>
    public static FileTimetableSource Start(RunSettings settings, CliEnvironment environment, Duration remotePoll) => new(settings, environment, remotePoll);

    /// <summary>Reloads now (the file watcher and the poll timer call this; tests may too).</summary>
    public void Reload()
    {
        lock (gate)
        {
            try
            {
                var snapshot = Load(out var loaded);
                Volatile.Write(ref current, snapshot);
                Watch(loaded);
            }
            catch (Exception e) when (e is CliInputException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                Log("reload failed after " + lastChange + "; still serving the previous timetable: " + Commands.CommandRunner.UserMessage(e));
                var previous = Current;
                var notice = "The timetable changed but could not be read (" + Commands.CommandRunner.UserMessage(e) + "); this is the previous version.";
                Volatile.Write(ref current, new TimetableSnapshot(previous.Timetable, previous.LastChanged, previous.OutsideBusy, [notice]) { Description = previous.Description });
            }
        }
    }

    public void Dispose()
    {
        debounce.Dispose();
        poll?.Dispose();
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private TimetableSnapshot Load(out LoadedTimetable loaded)
    {
        var run = settings with { Now = environment.Clock.GetCurrentInstant() };
        loaded = TimetableLoader.Load(run, environment);
        var snapshot = SnapshotFactory.Create(loaded, SnapshotFactory.LastChanged(loaded, settings.Now));
        var conflicts = new ConflictDetector().Detect(snapshot.Timetable, snapshot.OutsideBusy);
        Log(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} ({2}): {3} scheduled item(s), {4} outside busy time(s); {5} conflict(s): {6} hard, {7} soft, {8} opportunity(ies){9}",
            lastChange == "start" ? "loaded" : "reloaded after " + lastChange + ":",
            loaded.IsEmbedded ? "the embedded sample timetable" : loaded.InputPath,
            "data of " + LogStamp.Format(snapshot.LastChanged),
            snapshot.Timetable.ScheduledItems().Length,
            snapshot.OutsideBusy.Length,
            conflicts.Length,
            conflicts.Count(c => c.Severity == ConflictSeverity.Hard),
            conflicts.Count(c => c.Severity == ConflictSeverity.Soft),
            conflicts.Count(c => c.Severity == ConflictSeverity.Opportunity),
            snapshot.Notices.IsEmpty ? "." : "; " + string.Join(" ", snapshot.Notices)));
        return snapshot;
    }

    private void Watch(LoadedTimetable loaded)
    {
        var wanted = loaded.Files.ToHashSet(StringComparer.Ordinal);
        if (wanted.SetEquals(files))
        {
            return;
        }

        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        watchers.Clear();
        files = wanted;
        foreach (var folder in wanted.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Changed(string path)
    {
        if (Volatile.Read(ref files).Contains(path))
        {
            lastChange = "a change to " + Path.GetFileName(path);
            debounce.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Log(string message)
    {
        var line = "[" + LogStamp.Format(environment.Clock.GetCurrentInstant()) + "] " + message;
        lock (environment.Out)
        {
            environment.Out.WriteLine(line);
            environment.Out.Flush();
        }
    }
}
