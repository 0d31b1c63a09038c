using System.Globalization;
using ReviewTimelines.Cli.Commands;

namespace ReviewTimelines.Cli.WriteBack;

/// <summary>Writes one file atomically: into a temporary file in the same folder, flushed to disk, then renamed over the target.</summary>
/// <remarks>A rename within one folder replaces the target in one step on the file systems the tool runs on, so a
/// reader (or a crash) sees either the old file or the new one, never a half-written one. On any failure before the
/// rename the temporary file is deleted and the target is as it was.</remarks>
internal static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; returns true when a file was replaced.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="bytes">The whole new content.</param>
    /// <param name="option">The option that named the path, for messages.</param>
    /// <param name="beforeRename">Called with the temporary file's path after it is written and flushed, before the rename (tests inject a fault here).</param>
    /// <exception cref="CliInputException">The folder is missing, the target is a folder, or the file cannot be written; the target is as it was.</exception>
    public static bool Write(string path, byte[] bytes, string option, Action<string>? beforeRename = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': has no folder.", option, path));
        if (!Directory.Exists(folder))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': the folder '{2}' does not exist.", option, path, folder));
        }

        if (Directory.Exists(full))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': is a folder, not a file; nothing was written.", option, path));
        }

        var existed = File.Exists(full);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + ".tmp-" + Path.GetRandomFileName());
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            beforeRename?.Invoke(temp);
            File.Move(temp, full, overwrite: true);
            return existed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': cannot write the file, it is as it was: {2}", option, path, CommandRunner.UserMessage(e)), e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
