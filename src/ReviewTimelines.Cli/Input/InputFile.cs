using System.Globalization;
using System.Text;

namespace ReviewTimelines.Cli.Input;

/// <summary>Reads the files the tool is given (<c>--input</c>, <c>--ics</c>, the feeds a timetable lists): regular files only, with a size limit.</summary>
/// <remarks>
/// The file is examined before it is opened: a folder, a device (<c>/dev/zero</c>, <c>/dev/urandom</c>), a named pipe
/// or a socket is refused by name without being opened, so nothing waits on a pipe or reads an endless device. .NET has
/// no portable way to ask for the file type, so what is refused is every path that is not a folder and whose size
/// (after following links) is zero: devices, pipes and sockets report zero, as does an empty file, which is no
/// timetable or calendar either. A larger file than the limit is refused from its size; a file that grows while it is
/// read is read up to the limit and one byte more, then refused.
/// </remarks>
internal static class InputFile
{
    /// <summary>Reads the text of <paramref name="path"/>: UTF-8 unless a byte order mark says otherwise, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The path to open.</param>
    /// <param name="option">Where the path was given (<c>--input</c>, <c>--ics</c>, a JSON path), for messages.</param>
    /// <param name="shownPath">The path as the user wrote it, for messages.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <exception cref="CliInputException">The path is not a readable regular file of at most <paramref name="maxBytes"/> bytes.</exception>
    public static string ReadText(string path, string option, string shownPath, long maxBytes)
    {
        var bytes = ReadBytes(path, option, shownPath, maxBytes);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads the bytes of <paramref name="path"/>; see <see cref="ReadText"/>.</summary>
    public static byte[] ReadBytes(string path, string option, string shownPath, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw Refuse(option, shownPath, "is a folder, not a file.");
        }

        var info = new FileInfo(path);
        try
        {
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
            {
                if (Directory.Exists(target.FullName))
                {
                    throw Refuse(option, shownPath, "is a link to a folder, not a file.");
                }

                info = target;
            }
        }
        catch (IOException e)
        {
            throw Refuse(option, shownPath, "cannot follow the link: " + Commands.CommandRunner.UserMessage(e), e);
        }

        if (!info.Exists)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            throw Refuse(option, shownPath, folder is not null && !Directory.Exists(folder) ? "file not found (no such folder)." : "file not found.");
        }

        if (info.Length == 0)
        {
            throw Refuse(option, shownPath, IsDevicePath(info.FullName)
                ? "is a device, not a regular file; refused without reading it."
                : "is empty, or not a regular file (a device, a named pipe or a socket); refused without reading it.");
        }

        if (info.Length > maxBytes)
        {
            throw Refuse(option, shownPath, string.Format(CultureInfo.InvariantCulture, "is {0} bytes, more than the limit of {1} bytes; refused without reading it.", info.Length, maxBytes));
        }

        try
        {
            using var stream = new FileStream(info.FullName, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0 });
            return ReadAtMost(stream, maxBytes, option, shownPath);
        }
        catch (FileNotFoundException e)
        {
            throw Refuse(option, shownPath, "file not found.", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw Refuse(option, shownPath, "file not found (no such folder).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refuse(option, shownPath, "cannot read the file: " + Commands.CommandRunner.UserMessage(e), e);
        }
    }

    private static byte[] ReadAtMost(Stream stream, long maxBytes, string option, string shownPath)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw Refuse(option, shownPath, string.Format(CultureInfo.InvariantCulture, "is more than the limit of {0} bytes (it grew while being read); refused.", maxBytes));
            }
        }

        return buffer.ToArray();
    }

    private static bool IsDevicePath(string fullPath) => fullPath.StartsWith("/dev/", StringComparison.Ordinal);

    private static CliInputException Refuse(string option, string shownPath, string reason, Exception? inner = null)
    {
        var message = string.Format(CultureInfo.InvariantCulture, "{0} '{1}': {2}", option, shownPath, reason);
        return inner is null ? new CliInputException(message) : new CliInputException(message, inner);
    }
}
