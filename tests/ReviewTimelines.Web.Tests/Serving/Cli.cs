using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewTimelines.Web.Tests.Serving;

/// <summary>Runs the real <c>review-timelines</c> tool (built beside the tests) as a process.</summary>
internal static partial class Cli
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "review-timelines.dll");

    public static ProcessStartInfo Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    /// <summary>Runs a command to its end (at most two minutes) and returns its exit code and output.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"Serving on (http://[^ /]+)/")]
    public static partial Regex ServingLine();
}

/// <summary>A running <c>review-timelines serve --port 0</c>; disposing it ends that process (and only it).</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServeProcess(Process process) => this.process = process;

    public Uri Base { get; private set; } = null!;

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(params string[] args)
    {
        var serve = new ServeProcess(Process.Start(Cli.Start(["serve", "--port", "0", .. args]))!);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        serve.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("serve ended before it listened: " + serve.Log));
                return;
            }

            serve.Append(e.Data);
            if (Cli.ServingLine().Match(e.Data) is { Success: true } match)
            {
                ready.TrySetResult(match.Groups[1].Value);
            }
        };
        serve.process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        serve.process.BeginOutputReadLine();
        serve.process.BeginErrorReadLine();
        var url = await ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
        serve.Base = new Uri(url + "/");
        return serve;
    }

    public async Task<bool> WaitForLogAsync(string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!Log.Contains(text, StringComparison.Ordinal))
        {
            if (timeout.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}

/// <summary>One <c>serve</c> of the embedded sample for the browser and calendar-client tests.</summary>
public sealed class SampleServer : IAsyncLifetime
{
    internal ServeProcess Serve { get; private set; } = null!;

    public Uri Base => Serve.Base;

    public async Task InitializeAsync() => Serve = await ServeProcess.StartAsync("--now", "2021-03-01T00:00:00Z");

    public async Task DisposeAsync() => await Serve.DisposeAsync();
}

[CollectionDefinition("sample server")]
public sealed class SampleServerCollection : ICollectionFixture<SampleServer>;
